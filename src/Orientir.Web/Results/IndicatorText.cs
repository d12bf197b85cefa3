using Orientir.Analytics.Indicators;

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

    /// <summary>A skill is judged by the basic pair of levels: a skill mixes tasks, and most are basic.</summary>
    public static SuccessLevel SkillLevel(double successRate, IndicatorSettings settings) =>
        successRate >= settings.BasicSufficient ? SuccessLevel.Sufficient
        : successRate < settings.BasicInsufficient ? SuccessLevel.Insufficient
        : SuccessLevel.Uncertain;

    public static string Level(SuccessLevel level) => level switch
    {
        SuccessLevel.Sufficient => "достаточный",
        SuccessLevel.Uncertain => "неустойчивый",
        _ => "недостаточный",
    };

    /// <summary>Green, amber, red: the background of a level in a table cell.</summary>
    public static string LevelStyle(SuccessLevel level) => level switch
    {
        SuccessLevel.Sufficient => "background-color:#C8E6C9",
        SuccessLevel.Uncertain => "background-color:#FFE0B2",
        _ => "background-color:#FFCDD2",
    };
}
