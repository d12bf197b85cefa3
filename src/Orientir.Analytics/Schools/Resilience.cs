using Orientir.Analytics.Context;
using Orientir.Analytics.Performance;
using Orientir.Analytics.Statistics;

namespace Orientir.Analytics.Schools;

/// <summary>A school's verdict on resilience with the numbers behind it (also for a school that is not resilient).</summary>
public sealed record SchoolResilience(int SchoolId, bool Resilient, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// Resilient schools (резильентные школы, domain.md §4.2): in unfavourable social conditions (ШНСУ) and doing better
/// than their context predicts — by default the whole 95 % interval of the context-adjusted effect above zero, or, by
/// the softer rule, the effect at or above the region's median effect.
/// </summary>
public static class Resilience
{
    public const string RegionMedianEffectKey = "region_median_effect";
    public const string UnfavourableKey = "unfavourable";

    public static IReadOnlyList<SchoolResilience> Judge(ContextIndexResult context, PerformanceModel? level, ResilienceSettings settings)
    {
        var effects = level?.Schools.Where(s => s.Effect is not null).Select(s => s.Effect!.Value).ToArray() ?? [];
        var median = effects.Length == 0 ? double.NaN : Descriptive.Median(effects);
        var verdicts = new List<SchoolResilience>(context.Schools.Count);
        foreach (var school in context.Schools)
        {
            var effect = level?.Of(school.SchoolId);
            var evidence = new List<Evidence> { new(UnfavourableKey, school.Unfavourable ? 1 : 0) };
            if (effect is { Effect: { } value, Lower: { } lower, Upper: { } upper })
            {
                evidence.Add(new Evidence(PerformanceEvidence.LevelPrefix, value));
                evidence.Add(new Evidence(PerformanceEvidence.LevelPrefix + PerformanceEvidence.LowerSuffix, lower));
                evidence.Add(new Evidence(PerformanceEvidence.LevelPrefix + PerformanceEvidence.UpperSuffix, upper));
            }
            if (settings.Rule == ResilienceRule.EffectAtOrAboveMedian && !double.IsNaN(median))
                evidence.Add(new Evidence(RegionMedianEffectKey, median));
            var better = effect is { Effect: { } e, Lower: { } l } && settings.Rule switch
            {
                ResilienceRule.EffectIntervalAboveZero => l > 0,
                ResilienceRule.EffectAtOrAboveMedian => e >= median,
                _ => false,
            };
            verdicts.Add(new SchoolResilience(school.SchoolId, school.Unfavourable && better, evidence));
        }
        return verdicts;
    }
}
