using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Support.Effect;

/// <summary>
/// What the effect of a programme year reads: the year Y (its list came from Y's results, so Y is the baseline), its
/// target schools, every school ever on an in-force list (never a comparison school), the outcomes of every school-year
/// from Y on and the ИСБШ of the schools that have one.
/// </summary>
public sealed record EffectInput(
    int ProgrammeYear,
    IReadOnlyList<int> TargetSchoolIds,
    IReadOnlySet<int> EverTargeted,
    IReadOnlyDictionary<(int SchoolId, int Year), SchoolOutcome> Outcomes,
    IReadOnlyDictionary<int, double> ContextIndex,
    IReadOnlyList<int> ResultYears);

/// <summary>
/// A comparison school of a target school in a follow-up year: its baseline and change, the change corrected for its
/// baseline gap to the target school (equal to the change without bias correction), and its distance.
/// </summary>
public sealed record ComparisonSchool(int SchoolId, double Baseline, double Change, double AdjustedChange, double? ContextIndex, double Distance);

/// <summary>
/// The difference in differences of a target school in one follow-up year: its change from the baseline, the comparison
/// schools' mean change, the difference and its interval. Without an estimate, <see cref="Reason"/> says why (Russian).
/// </summary>
public sealed record YearEffect(
    int Year, double? FollowUp, long FollowUpWorks, double? Change, double? ComparisonChange, double? Did,
    double? StandardError, double? Lower, double? Upper, IReadOnlyList<ComparisonSchool> Comparisons, string? Reason,
    IReadOnlyList<Evidence> Evidence)
{
    public bool HasEstimate => Did is not null;
}

/// <summary>The proposal to take a school out of the programme: the follow-up years its improvement held, with the numbers.</summary>
public sealed record ExitProposal(IReadOnlyList<int> Years, IReadOnlyList<Evidence> Evidence);

/// <summary>A target school's effect: its baseline, each follow-up year's estimate, and the exit proposal when the rule fires.</summary>
public sealed record SchoolEffect(
    int SchoolId, double? Baseline, long BaselineWorks, double? ContextIndex, IReadOnlyList<YearEffect> Years, ExitProposal? Exit);

/// <summary>The programme's effect in a follow-up year: the mean of its schools' differences in differences, with an interval.</summary>
public sealed record ProgrammeYearEffect(
    int Year, int Schools, double? Did, double? StandardError, double? Lower, double? Upper, string? Reason, IReadOnlyList<Evidence> Evidence);
