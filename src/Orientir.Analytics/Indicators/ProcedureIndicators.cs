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
    JournalComparison? Journal);

/// <summary>One year of a series of the same procedure kind, subject and grade.</summary>
public sealed record DynamicsPoint(int Year, string ProcedureCode, int Participants, double? ShareOfTwo, double? ChangeOfShareOfTwo, bool NegativeDynamics);
