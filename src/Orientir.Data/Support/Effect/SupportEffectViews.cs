using Orientir.Analytics.Schools;
using Orientir.Analytics.Support.Effect;

namespace Orientir.Data.Support.Effect;

/// <summary>
/// A comparison school as the actor may see it: region-wide actors see its code and name; others only the group's
/// size and means (<see cref="EffectComparison.Schools"/> is null), since the school is outside their scope.
/// </summary>
public sealed record EffectComparisonSchool(string Code, string Name, double Baseline, double Change, double AdjustedChange, double Distance);

/// <summary>The comparison group of a target school in a follow-up year.</summary>
public sealed record EffectComparison(int Count, double MeanBaseline, double MeanChange, double MeanAdjustedChange, double MeanDistance, IReadOnlyList<EffectComparisonSchool>? Schools);

/// <summary>A target school's difference in differences in one follow-up year; <see cref="Reason"/> (Russian) when there is no estimate.</summary>
public sealed record EffectYear(
    int Year, double? FollowUp, long FollowUpWorks, double? Change, double? ComparisonChange, double? Did, double? StandardError,
    double? Lower, double? Upper, bool ImprovementHolds, EffectComparison? Comparison, string? Reason, IReadOnlyList<Evidence> Evidence);

/// <summary>A target school's effect of a programme year: its baseline, each follow-up year, the exit proposal.</summary>
public sealed record SchoolEffectView(
    string Code, string Name, string MunicipalityName, int ProgrammeYear, double? Baseline, long BaselineWorks, double? ContextIndex,
    IReadOnlyList<EffectYear> Years, ExitProposal? Exit)
{
    /// <summary>No results after the programme year yet: «нет данных следующего года».</summary>
    public bool AwaitsFollowUp => Years.Count == 0;
}

/// <summary>
/// The programme of a year in the actor's scope (the region, a municipality, a curator's or a leader's schools): the
/// effect over those schools per follow-up year and each school's effect, the schools proposed for exit first.
/// </summary>
public sealed record ProgrammeEffectView(
    int ProgrammeYear, IReadOnlyList<int> ProgrammeYears, bool RegionWide, double ConfidenceLevel, int ExitYears,
    IReadOnlyList<int> FollowUpYears, IReadOnlyList<ProgrammeYearEffect> Years, IReadOnlyList<SchoolEffectView> Schools)
{
    /// <summary>No results after the programme year yet: «нет данных следующего года».</summary>
    public bool AwaitsFollowUp => FollowUpYears.Count == 0;
}
