using System.Globalization;
using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Results;

namespace Orientir.Reports.Sections;

/// <summary>The Russian words and number forms the report sections share (the pages' IndicatorText, for print).</summary>
public static class SectionText
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«45,3 %», or «—» when there is no number.</summary>
    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", Russian) + "\u00a0%" : "—";

    public static string Number(double? value, string format = "0.0") => value is { } v ? v.ToString(format, Russian) : "—";

    public static string Count(int value) => value.ToString("#,0", Russian);

    /// <summary>A signed difference in percentage points: «+3,2 п. п.», «−1,0 п. п.».</summary>
    public static string Points(double difference) =>
        (difference >= 0 ? "+" : "−") + Math.Abs(difference).ToString("0.0", Russian) + "\u00a0п.\u00a0п.";

    public static string Status(GroupStatus status, IndicatorSettings settings) => status switch
    {
        GroupStatus.Suppressed => $"данные скрыты: менее {settings.SuppressionMinimum} участников",
        GroupStatus.NotInformative => $"не информативно: менее {settings.InformativeMinimum} участников",
        _ => "информативно",
    };

    public static string Level(SuccessLevel level) => level switch
    {
        SuccessLevel.Sufficient => "достаточный",
        SuccessLevel.Uncertain => "неустойчивый",
        _ => "недостаточный",
    };

    /// <summary>A skill mixes tasks, most of them basic, so it is judged by the basic pair of levels (as on the pages).</summary>
    public static SuccessLevel SkillLevel(double successRate, IndicatorSettings settings) =>
        successRate >= settings.BasicSufficient ? SuccessLevel.Sufficient
        : successRate < settings.BasicInsufficient ? SuccessLevel.Insufficient
        : SuccessLevel.Uncertain;

    public static string TaskLevelName(TaskLevel level) => level switch
    {
        TaskLevel.Basic => "базовый",
        TaskLevel.Advanced => "повышенный",
        _ => "высокий",
    };

    /// <summary>Whether a procedure gives marks (ЕГЭ does not: its pass line is the minimum score).</summary>
    public static bool HasMarks(ProcedureDesign design) => design.Thresholds is not null;

    /// <summary>The share a procedure fails by: «2», or the share below the minimum score where no marks are given.</summary>
    public static double? FailShare(ProcedureDesign design, ProcedureIndicators indicators) =>
        HasMarks(design) ? indicators.Marks?.Two : indicators.BelowMinimumShare;

    public static string FailShareName(ProcedureDesign design) => HasMarks(design) ? "Доля «2»" : "Доля ниже минимального балла";

    /// <summary>The group's name for a table row: the school's or municipality's own, «Регион» for the region.</summary>
    public static string GroupName(LevelIndicators group) => group.Level == IndicatorLevel.Region ? "Регион" : group.Name;

    /// <summary>An Excel sheet name: unique per procedure, at most 31 characters, none of []:*?/\.</summary>
    public static string Sheet(string what, string procedureCode)
    {
        var clean = new string($"{what} {procedureCode}".Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    /// <summary>A column header for a group by its level: «Школа», «Муниципалитет», «Регион».</summary>
    public static string LevelHeader(LevelIndicators group) => group.Level switch
    {
        IndicatorLevel.School => "Школа",
        IndicatorLevel.Municipality => "Муниципалитет",
        _ => "Регион",
    };
}
