using MathNet.Numerics.Statistics;
using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Support.Effect;

/// <summary>
/// The programme's effect (the region's target schools, or a municipality's): per follow-up year, the mean of the
/// schools' differences in differences with Student's t on n − 1 degrees of freedom. Its variance is SD(DiD_i)² / n —
/// the spread of the schools' estimates carries each estimate's noise and the real differences between schools — plus
/// what matching with replacement adds: a comparison school that serves several target schools enters the mean with the
/// weight w_j = Σ_i 1[j ∈ M(i)] / (n·k_i), so the comparison part has variance σ²·Σ_j w_j² rather than the
/// σ²·Σ_i 1 / (n²·k_i) the first term assumes (Abadie &amp; Imbens 2006). σ² is the pooled spread of the comparison
/// changes within the matched sets.
/// </summary>
public static class ProgrammeEffects
{
    public static IReadOnlyList<ProgrammeYearEffect> Combine(IReadOnlyList<SchoolEffect> schools, SupportEffectSettings settings) =>
        schools.SelectMany(s => s.Years).Select(y => y.Year).Distinct().Order()
            .Select(year => Year(year, schools.SelectMany(s => s.Years).Where(y => y.Year == year && y.HasEstimate).ToList(), settings))
            .ToList();

    private static ProgrammeYearEffect Year(int year, List<YearEffect> estimates, SupportEffectSettings settings)
    {
        var n = estimates.Count;
        if (n == 0) return new ProgrammeYearEffect(year, 0, null, null, null, null, "ни у одной школы нет оценки за этот год", []);
        if (n == 1)
        {
            // One school: the programme is that school, and its own interval is the honest one.
            var only = estimates[0];
            return new ProgrammeYearEffect(year, 1, only.Did, only.StandardError, only.Lower, only.Upper, null,
                [new("schools", 1), new("did", only.Did!.Value), new("standard_error", only.StandardError!.Value), new("lower", only.Lower!.Value), new("upper", only.Upper!.Value)]);
        }
        var dids = estimates.Select(e => e.Did!.Value).ToList();
        var mean = dids.Mean();
        var reuse = Math.Max(0, ReuseVariance(estimates));
        var se = Math.Sqrt(dids.Variance() / n + reuse);
        var half = DifferenceInDifferences.Quantile(settings.ConfidenceLevel, n - 1) * se;
        return new ProgrammeYearEffect(year, n, mean, se, mean - half, mean + half, null,
        [
            new("schools", n), new("did", mean), new("standard_error", se), new("lower", mean - half), new("upper", mean + half),
            new("degrees_of_freedom", n - 1), new("confidence_level", settings.ConfidenceLevel),
            new("schools_with_interval_above_zero", estimates.Count(e => e.Lower > 0)),
            new("comparison_schools", estimates.SelectMany(e => e.Comparisons).Select(c => c.SchoolId).Distinct().Count()),
            new("reuse_variance", reuse),
        ]);
    }

    /// <summary>σ²·(Σ_j w_j² − Σ_i 1 / (n²·k_i)): zero when no comparison school is shared.</summary>
    private static double ReuseVariance(List<YearEffect> estimates)
    {
        var n = (double)estimates.Count;
        double squares = 0, freedom = 0, independent = 0;
        var weights = new Dictionary<int, double>();
        foreach (var estimate in estimates)
        {
            var k = estimate.Comparisons.Count;
            var mean = estimate.ComparisonChange!.Value;
            squares += estimate.Comparisons.Sum(c => (c.AdjustedChange - mean) * (c.AdjustedChange - mean));
            freedom += k - 1;
            independent += 1 / (n * n * k);
            foreach (var c in estimate.Comparisons) weights[c.SchoolId] = weights.GetValueOrDefault(c.SchoolId) + 1 / (n * k);
        }
        if (freedom < 1) return 0;
        return squares / freedom * (weights.Values.Sum(w => w * w) - independent);
    }
}
