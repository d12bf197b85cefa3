using System.Text.Json;
using Orientir.Data.Results;

namespace Orientir.Cli.Analytics;

/// <summary>
/// One row of <c>orientir analyze indicators</c>, with the field names issue 3 fixes (docs/methodology.md §3.2): percentages
/// 0–100 as JSON numbers in round-trip precision, null where the procedure has no scale or no journal marks.
/// </summary>
internal static class IndicatorsJson
{
    public static void Write(Utf8JsonWriter writer, LevelIndicators row)
    {
        var ind = row.Indicators;
        writer.WriteStartObject();
        writer.WriteString("procedure", ind.ProcedureCode);
        writer.WriteString("level", row.Level switch
        {
            IndicatorLevel.Region => "region",
            IndicatorLevel.Municipality => "municipality",
            _ => "school",
        });
        writer.WriteString("code", row.Code);
        writer.WriteNumber("participants", ind.Participants);
        Number(writer, "meanPercent", ind.MeanPercent);
        if (ind.Marks is { } marks)
        {
            writer.WriteStartObject("marks");
            writer.WriteNumber("2", marks.Two);
            writer.WriteNumber("3", marks.Three);
            writer.WriteNumber("4", marks.Four);
            writer.WriteNumber("5", marks.Five);
            writer.WriteEndObject();
        }
        else writer.WriteNull("marks");
        Number(writer, "successRate", ind.SuccessRate);
        Number(writer, "qualityRate", ind.QualityRate);
        writer.WriteStartArray("tasks");
        foreach (var task in ind.Tasks)
        {
            writer.WriteStartObject();
            writer.WriteString("task", task.Label);
            writer.WriteNumber("successRate", task.SuccessRate);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (ind.Journal is { } journal)
        {
            writer.WriteStartObject("journal");
            writer.WriteNumber("lower", journal.Lower);
            writer.WriteNumber("same", journal.Same);
            writer.WriteNumber("higher", journal.Higher);
            writer.WriteEndObject();
        }
        else writer.WriteNull("journal");
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
