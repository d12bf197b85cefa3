using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Results;

namespace Orientir.Reports.Tests.Recommendations;

/// <summary>
/// ВПР mathematics grade 4 with three tasks: 1 (basic, skills MA4.1 and MA4.2), 2 (basic, MA4.3), 3 (advanced, MA4.3);
/// and indicators of a group written by hand.
/// </summary>
internal static class HandMadeIndicators
{
    public static readonly ProcedureDesign Vpr = new("VPR-2025-MA-4", ProcedureKind.Vpr, "MA", 4, 2025, 6, new MarkThresholds(2, 4, 6), null,
    [
        new TaskDesign("1", 2, TaskLevel.Basic, ["MA4.1", "MA4.2"]),
        new TaskDesign("2", 2, TaskLevel.Basic, ["MA4.3"]),
        new TaskDesign("3", 2, TaskLevel.Advanced, ["MA4.3"]),
    ]);

    public static readonly ProcedureDesign Ege = Vpr with { Code = "EGE-2025-MA-11", Kind = ProcedureKind.Ege, Grade = 11, Thresholds = null, MinScore = 27 };

    public static LevelIndicators Group(IndicatorLevel level, string name, int participants, double[] skills, double[] tasks,
        MarkShares? marks = null, double? quality = null, double? belowMinimum = null, JournalComparison? journal = null,
        GroupStatus status = GroupStatus.Informative)
    {
        string[] codes = ["MA4.1", "MA4.2", "MA4.3"];
        var taskIndicators = tasks.Select((rate, i) => new TaskIndicator(i, Vpr.Tasks[i].Label, Vpr.Tasks[i].Level, 2, rate / 50, rate, 0,
            Level(Vpr.Tasks[i].Level, rate))).ToList();
        var indicators = new ProcedureIndicators("VPR-2025-MA-4", participants, status, 3, 50, marks, 80, quality, belowMinimum,
            taskIndicators, skills.Select((rate, i) => new SkillIndicator(codes[i], i == 2 ? 2 : 1, rate)).ToList(), [], journal);
        return new LevelIndicators(level, level == IndicatorLevel.Region ? IndicatorQueries.RegionCode : "S1", name, indicators);
    }

    private static SuccessLevel Level(TaskLevel level, double rate)
    {
        var settings = IndicatorSettings.Default;
        var (sufficient, insufficient) = level == TaskLevel.Basic
            ? (settings.BasicSufficient, settings.BasicInsufficient)
            : (settings.AdvancedSufficient, settings.AdvancedInsufficient);
        return rate >= sufficient ? SuccessLevel.Sufficient : rate < insufficient ? SuccessLevel.Insufficient : SuccessLevel.Uncertain;
    }

    public static LevelIndicators RegionGroup() =>
        Group(IndicatorLevel.Region, "Регион", 5000, [72, 65, 60], [70, 62, 35], new MarkShares(8, 40, 37, 15), 52, 4,
            new JournalComparison(4800, 20, 70, 10, 1));
}
