using Orientir.Analytics.Indicators;
using Orientir.Reports.Sections;

namespace Orientir.Web.Results;

/// <summary>The Russian words and colours of the indicators, the same on every page and in the export.</summary>
public static class IndicatorText
{
    public static string Status(GroupStatus status, IndicatorSettings settings) => status switch
    {
        GroupStatus.Suppressed => $"данные скрыты: менее {settings.SuppressionMinimum} участников",
        GroupStatus.NotInformative => $"не информативно (менее {settings.InformativeMinimum} участников)",
        _ => "информативно",
    };

    /// <summary>What a page says instead of the charts of a procedure known only from per-school forms.</summary>
    public const string AggregatesOnly =
        "По этой процедуре есть только сводные результаты по школам: задания, распределение баллов и отметки по журналу недоступны.";

    /// <summary>A mean mark on the 5-point scale, two decimals as the forms give it.</summary>
    public static string Mark(double? mark) =>
        mark is { } value ? value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")) : "нет данных";

    /// <summary>A mean score (ЕГЭ test points), one decimal.</summary>
    public static string Score(double? score) =>
        score is { } value ? value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")) : "нет данных";

    /// <summary>As the reports judge it (<see cref="SectionText.SkillLevel"/>): the pages and the reports never disagree.</summary>
    public static SuccessLevel SkillLevel(double successRate, IndicatorSettings settings) => SectionText.SkillLevel(successRate, settings);

    public static string Level(SuccessLevel level) => SectionText.Level(level);

    /// <summary>Green, amber, red: the background of a level in a table cell.</summary>
    public static string LevelStyle(SuccessLevel level) => level switch
    {
        SuccessLevel.Sufficient => "background-color:#C8E6C9",
        SuccessLevel.Uncertain => "background-color:#FFE0B2",
        _ => "background-color:#FFCDD2",
    };
}
