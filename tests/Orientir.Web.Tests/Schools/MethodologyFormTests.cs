using Orientir.Analytics.Schools;
using Orientir.Data.Schools;
using Orientir.Web.Schools;

namespace Orientir.Web.Tests.Schools;

/// <summary>The methodology form by reflection: every setting has a field, and each field reads what a person types.</summary>
public class MethodologyFormTests
{
    [Fact]
    public void Every_section_of_the_settings_is_a_card_and_an_unchanged_form_builds_the_same_settings()
    {
        var form = MethodologyForm.Of(SchoolAnalysisSettings.Default);

        Assert.Equal(["Context", "Performance", "LowResults", "Resilience", "Objectivity", "SupportRisk", "SupportMonitoring", "SupportEffect", "Staff"], form.Sections.Select(s => s.Name));
        var rule = form.Sections.Single(s => s.Name == "Resilience").Fields.Single(f => f.Property == "Rule");
        Assert.Equal(FieldKind.Choice, rule.Kind);
        Assert.Equal("Правило отбора", rule.Label);
        // Compared as stored JSON: the settings hold lists, which records compare by reference.
        Assert.Equal(MethodologyJson.Write(SchoolAnalysisSettings.Default), MethodologyJson.Write(form.TryBuild(SchoolAnalysisSettings.Default, out var error)!));
        Assert.Null(error);

        rule.Text = nameof(ResilienceRule.EffectAtOrAboveMedian);
        Assert.Equal(ResilienceRule.EffectAtOrAboveMedian, form.TryBuild(SchoolAnalysisSettings.Default, out _)!.Resilience.Rule);
    }

    [Theory]
    [InlineData(FieldKind.Number, "0,15", "0.15")]
    [InlineData(FieldKind.Number, " 0.15 ", "0.15")]
    [InlineData(FieldKind.Integer, "3", "3")]
    [InlineData(FieldKind.Json, "[\"VPR\", \"OGE\"]", "[\"VPR\",\"OGE\"]")]
    public void A_field_reads_what_a_person_types(FieldKind kind, string text, string json)
    {
        var field = new MethodologyField("LowResults", "Any", kind, nullable: false, typeof(object)) { Text = text };
        Assert.True(MethodologyForm.TryValue(field, out var value, out var error));
        Assert.Null(error);
        Assert.Equal(json, value!.ToJsonString());
    }

    [Theory]
    [InlineData(FieldKind.Number, "пятнадцать", "Введите число")]
    [InlineData(FieldKind.Number, "", "Заполните поле")]
    [InlineData(FieldKind.Integer, "2,5", "Введите целое число")]
    [InlineData(FieldKind.Json, "[1,", "Неверный JSON: строка 1")]
    public void A_wrong_value_gets_a_russian_message(FieldKind kind, string text, string message)
    {
        var field = new MethodologyField("LowResults", "Any", kind, nullable: false, typeof(object)) { Text = text };
        Assert.False(MethodologyForm.TryValue(field, out _, out var error));
        Assert.StartsWith(message, error);
    }

    [Fact]
    public void An_empty_optional_number_is_null()
    {
        var field = new MethodologyField("LowResults", "Any", FieldKind.Number, nullable: true, typeof(double)) { Text = " " };
        Assert.True(MethodologyForm.TryValue(field, out var value, out _));
        Assert.Null(value);
    }
}
