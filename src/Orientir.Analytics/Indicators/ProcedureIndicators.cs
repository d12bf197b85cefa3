using Orientir.Domain.Results;

namespace Orientir.Analytics.Indicators;

public enum GroupStatus
{
    /// <summary>Fewer than <see cref="IndicatorSettings.SuppressionMinimum"/> participants: no number is shown.</summary>
    Suppressed,
    /// <summary>Fewer than <see cref="IndicatorSettings.InformativeMinimum"/>: shown, marked not informative.</summary>
    NotInformative,
    Informative,
}

public enum SuccessLevel
{
    Insufficient,
    Uncertain,
    Sufficient,
}

/// <summary>Percent of works with each mark, among the works that have a mark.</summary>
public sealed record MarkShares(double Two, double Three, double Four, double Five);

/// <summary>
/// The assessment mark against the journal mark, percent of the works that have both: понизили (the assessment
/// mark is lower), подтвердили, повысили, and the works whose marks differ by two or more either way.
/// </summary>
public sealed record JournalComparison(int Compared, double Lower, double Same, double Higher, double DifferByTwoOrMore);

public sealed record TaskIndicator(
    int Number, string Label, TaskLevel Level, int MaxScore,
    double MeanScore, double SuccessRate, double FullScoreShare, SuccessLevel SuccessLevel);

/// <summary>A skill's success over the tasks that check it: their summed scores over their summed maxima.</summary>
public sealed record SkillIndicator(string Code, int Tasks, double SuccessRate);

/// <summary>
/// The indicators of one group (a school, a municipality, the region) in one procedure (docs/methodology.md §3).
/// For a suppressed group every number is null and every list empty; only <see cref="Participants"/> is kept.
/// A procedure known only from per-school forms (<see cref="FromSchoolAggregates"/>, docs/methodology.md «Aggregated
/// results») has no tasks, skills, histogram or journal comparison; it may carry the mean mark (forms that report marks
/// only) and the ЕГЭ counts of 80–99 and of 100 test points, which works do not give.
/// </summary>
public sealed record ProcedureIndicators(
    string ProcedureCode,
    int Participants,
    GroupStatus Status,
    double? MeanScore,
    double? MeanPercent,
    MarkShares? Marks,
    double? SuccessRate,
    double? QualityRate,
    double? BelowMinimumShare,
    IReadOnlyList<TaskIndicator> Tasks,
    IReadOnlyList<SkillIndicator> Skills,
    IReadOnlyList<int> ScoreHistogram,
    JournalComparison? Journal,
    double? MeanMark = null,
    int? Score80To99 = null,
    int? Score100 = null,
    bool FromSchoolAggregates = false);

/// <summary>One year of a series of the same procedure kind, subject and grade.</summary>
public sealed record DynamicsPoint(int Year, string ProcedureCode, int Participants, double? ShareOfTwo, double? ChangeOfShareOfTwo, bool NegativeDynamics);
