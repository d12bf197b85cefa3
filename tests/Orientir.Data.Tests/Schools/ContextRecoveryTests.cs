using Orientir.Analytics.Context;
using Orientir.Analytics.Schools;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Schools;

/// <summary>
/// ШНСУ against the planted truth: the truth is the bottom 15 % of the schools by the latent status <c>ses</c> the
/// passports were drawn from; the naive rule is the bottom 15 % of an equal-weight sum of the standardised raw shares
/// (signs so higher = better off, a missing share counted as the region's mean).
/// </summary>
public class ContextRecoveryTests(ITestOutputHelper output)
{
    public static TheoryData<int> Seeds => new(PlantedRegion.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Unfavourable_schools_match_the_planted_status_better_than_the_naive_sum(int seed)
    {
        var region = await PlantedRegion.OfSeedAsync(seed);
        var schools = region.Input.Schools;
        var truth = Bottom(schools.ToDictionary(s => s.SchoolId, s => region.TruthOf(s.SchoolId).Ses), 0.15);

        var result = ContextIndex.Compute(schools, ContextIndexSettings.Default);
        var ours = result.Schools.Where(s => s.Unfavourable).Select(s => s.SchoolId).ToHashSet();
        var naive = Bottom(NaiveSum(schools), 0.15);

        var fixedWeights = ContextIndex.Compute(schools, ContextIndexSettings.Default with { Weighting = ContextWeighting.FixedWeights });
        var fixedF1 = F1(fixedWeights.Schools.Where(s => s.Unfavourable).Select(s => s.SchoolId).ToHashSet(), truth);

        var oursF1 = F1(ours, truth);
        var naiveF1 = F1(naive, truth);
        output.WriteLine($"seed {seed}: ШНСУ F1 ours {oursF1:F3} ({ours.Count} listed, {WeightsText(result)}), equal weights {fixedF1:F3}, naive {naiveF1:F3}; " +
            $"no index: {result.Schools.Count(s => s.InsufficientData)}");
        Assert.True(oursF1 >= 0.7, $"F1 {oursF1:F3} < 0.7");
        Assert.True(oursF1 > naiveF1, $"F1 {oursF1:F3} not above the naive {naiveF1:F3}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_index_follows_the_planted_status(int seed)
    {
        var region = await PlantedRegion.OfSeedAsync(seed);
        var result = ContextIndex.Compute(region.Input.Schools, ContextIndexSettings.Default);
        var indexed = result.Schools.Where(s => s.Index is not null).ToList();
        var rho = Orientir.Analytics.Statistics.Descriptive.Spearman(
            indexed.Select(s => s.Index!.Value).ToArray(), indexed.Select(s => region.TruthOf(s.SchoolId).Ses).ToArray());
        output.WriteLine($"seed {seed}: Spearman(index, ses) = {rho:F3} over {indexed.Count} schools");
        Assert.True(rho >= 0.9, $"Spearman {rho:F3}");
    }

    private static string WeightsText(ContextIndexResult result) =>
        result.WeightingUsed + " " + string.Join(" ", result.Weights.Select(w => $"{w.Component}={w.Weight:F2}"));

    private static Dictionary<int, double> NaiveSum(IReadOnlyList<SchoolProfile> schools)
    {
        var shares = schools.Select(s => s.Passport.Shares.ToArray()).ToArray();
        var sums = new double[schools.Count];
        for (var c = 0; c < ContextIndex.ComponentCount; c++)
        {
            var present = shares.Where(p => p[c] is not null).Select(p => p[c]!.Value).ToArray();
            var mean = present.Average();
            var sd = Orientir.Analytics.Statistics.Descriptive.StandardDeviation(present);
            for (var s = 0; s < schools.Count; s++)
                if (shares[s][c] is { } share) sums[s] += ContextIndex.Signs[c] * (share - mean) / sd;
        }
        return schools.Select((s, i) => (s.SchoolId, sums[i])).ToDictionary(p => p.SchoolId, p => p.Item2);
    }

    /// <summary>The bottom share of the schools by a value: the round(share · n) lowest.</summary>
    internal static HashSet<int> Bottom(IReadOnlyDictionary<int, double> values, double share)
    {
        var count = (int)Math.Round(share * values.Count, MidpointRounding.AwayFromZero);
        return values.OrderBy(v => v.Value).Take(count).Select(v => v.Key).ToHashSet();
    }

    internal static double F1(IReadOnlySet<int> predicted, IReadOnlySet<int> truth)
    {
        var hits = predicted.Count(truth.Contains);
        return hits == 0 ? 0 : 2.0 * hits / (predicted.Count + truth.Count);
    }
}
