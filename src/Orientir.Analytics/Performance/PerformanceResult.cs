using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Performance;

public enum PerformanceModelKind
{
    /// <summary>The year's standardised results given the school's context: where the school's students stand.</summary>
    Level,
    /// <summary>The year's results of students seen a year earlier, given their prior score: how far they moved.</summary>
    Growth,
}

/// <summary>
/// A school's context-adjusted effect in student standard deviations, with its standard error and interval; all
/// null when the school had fewer works in the model than <see cref="PerformanceSettings.MinimumWorks"/> (not informative).
/// </summary>
public sealed record SchoolEffect(int SchoolId, int Works, double? Effect, double? StandardError, double? Lower, double? Upper)
{
    public bool Informative => Effect is not null;
}

/// <summary>What a model was fitted to and what it found: the fixed effects, τ² (between schools) and σ² (within), the works and schools.</summary>
public sealed record PerformanceModelSummary(
    PerformanceModelKind Kind,
    IReadOnlyList<FixedEffect> FixedEffects,
    double BetweenSchoolVariance,
    double ResidualVariance,
    double LogLikelihood,
    long Works,
    int Schools,
    int InformativeSchools,
    IReadOnlyList<string> Procedures,
    IReadOnlyList<string> DroppedColumns);

public sealed record PerformanceModel(PerformanceModelSummary Summary, IReadOnlyList<SchoolEffect> Schools)
{
    public SchoolEffect? Of(int schoolId) => Schools.FirstOrDefault(s => s.SchoolId == schoolId);
}

/// <summary>
/// The context-adjusted performance of <see cref="Year"/>: the level model and, when students could be linked to a
/// year earlier, the growth model (null otherwise), each with an effect (or "not informative") for every school of
/// the input. <see cref="SchoolsWithoutContextIndex"/> schools had no context index and were given the region's mean
/// with a missing indicator.
/// </summary>
public sealed record PerformanceResult(int Year, PerformanceModel? Level, PerformanceModel? Growth, int SchoolsWithoutContextIndex)
{
    /// <summary>The evidence of a school's effects under the keys of docs/methodology.md (none for a model the school is not informative in).</summary>
    public IReadOnlyList<Evidence> EvidenceOf(int schoolId)
    {
        var evidence = new List<Evidence>();
        Add(Level?.Of(schoolId), PerformanceEvidence.LevelPrefix);
        Add(Growth?.Of(schoolId), PerformanceEvidence.GrowthPrefix);
        return evidence;

        void Add(SchoolEffect? effect, string prefix)
        {
            if (effect is null) return;
            evidence.Add(new Evidence(prefix + PerformanceEvidence.WorksSuffix, effect.Works));
            if (effect is not { Effect: { } value, StandardError: { } se, Lower: { } lower, Upper: { } upper }) return;
            evidence.Add(new Evidence(prefix, value));
            evidence.Add(new Evidence(prefix + PerformanceEvidence.StandardErrorSuffix, se));
            evidence.Add(new Evidence(prefix + PerformanceEvidence.LowerSuffix, lower));
            evidence.Add(new Evidence(prefix + PerformanceEvidence.UpperSuffix, upper));
        }
    }
}

/// <summary>The evidence keys of the performance models (Russian labels: docs/methodology.md).</summary>
public static class PerformanceEvidence
{
    public const string LevelPrefix = "context_effect";
    public const string GrowthPrefix = "growth_effect";
    public const string StandardErrorSuffix = "_se";
    public const string LowerSuffix = "_lower";
    public const string UpperSuffix = "_upper";
    public const string WorksSuffix = "_works";
}
