using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Testing;

namespace Orientir.Data.Tests.Schools;

public class MethodologyStoreTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_first_version_holds_the_defaults_and_is_written_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var store = new MethodologyStore(db);

        var first = await store.CurrentAsync();
        var again = await new MethodologyStore(database.CreateContext()).CurrentAsync();

        Assert.Equal(1, first.Number);
        Assert.Equal(MethodologyJson.Write(SchoolAnalysisSettings.Default), MethodologyJson.Write(first.Settings));
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, await db.MethodologyVersions.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_change_is_a_new_version_with_history_and_an_audit_entry_and_the_old_version_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var store = new MethodologyStore(db);
        var first = await store.CurrentAsync();

        var changed = first.Settings with { Resilience = new ResilienceSettings { Rule = ResilienceRule.EffectAtOrAboveMedian } };
        var second = await store.SaveAsync(changed, "  Мягкое правило резильентности  ", "analyst@demo.orientir");
        var unchanged = await store.SaveAsync(changed, "ещё раз", "analyst@demo.orientir");

        Assert.Equal(2, second.Number);
        Assert.Equal(second.Id, unchanged.Id);
        Assert.Equal("Мягкое правило резильентности", second.Comment);
        Assert.Equal(ResilienceRule.EffectAtOrAboveMedian, (await store.CurrentAsync()).Settings.Resilience.Rule);
        Assert.Equal(ResilienceRule.EffectIntervalAboveZero, (await store.VersionAsync(1))!.Settings.Resilience.Rule);
        Assert.Equal([2, 1], (await store.HistoryAsync()).Select(v => v.Number));
        var audit = await db.Audit.SingleAsync(a => a.Action == MethodologyStore.AuditAction);
        Assert.Equal("analyst@demo.orientir", audit.UserName);
        Assert.Contains("version=2", audit.Details);
    }

    [Fact]
    public void Reads_an_old_version_without_a_setting_added_since_with_its_default_and_names_where_bad_json_breaks()
    {
        var settings = MethodologyJson.Read("""{ "Resilience": { "Rule": "EffectAtOrAboveMedian", "Dropped": 1 } }""");
        Assert.Equal(ResilienceRule.EffectAtOrAboveMedian, settings.Resilience.Rule);
        Assert.Equal(MethodologyJson.Write(SchoolAnalysisSettings.Default with { Resilience = settings.Resilience }), MethodologyJson.Write(settings));

        Assert.False(MethodologyJson.TryRead("{\n  \"Resilience\": { \"Rule\": \"Never\" }\n}", out _, out var error));
        Assert.StartsWith("строка 2", error);
    }
}

public class MethodologyRulesTests
{
    [Fact]
    public void The_defaults_pass_and_a_share_out_of_range_is_refused_naming_the_setting()
    {
        Assert.Empty(MethodologyRules.Check(SchoolAnalysisSettings.Default));
        Assert.True(MethodologyJson.TryRead(MethodologyJson.Write(SchoolAnalysisSettings.Default), out _, out _));

        var json = """{ "Context": { "UnfavourableShare": 15 }, "Objectivity": { "MinimumProceduresWithMarkers": 0 } }""";
        Assert.False(MethodologyJson.TryRead(json, out var settings, out var error));
        Assert.Null(settings);
        Assert.Contains("Context.UnfavourableShare: должно быть долей", error);
        Assert.Contains("Objectivity.MinimumProceduresWithMarkers: должно быть не меньше 1", error);
    }
}
