using Orientir.Analytics.LowResults;
using Orientir.Analytics.Schools;
using Xunit.Abstractions;
using static Orientir.Data.Tests.Schools.ContextRecoveryTests;

namespace Orientir.Data.Tests.Schools;

/// <summary>
/// ШНОР against the planted truth. The schools that can be judged: in each of 2024 and 2025 at least two of the key
/// procedures (ВПР RU/MA 4 and 5, ОГЭ RU/MA) with at least 10 works — the method's own minimums, counted here from
/// the works. The truth is the bottom 10 % of those schools by the planted <c>mean_ability</c>; the naive rule the
/// bottom 10 % of them by the 2025 mean of the works' primary scores standardised per procedure. The planted
/// inflated-ВПР schools stand in for the non-objective list, so they are judged by their ОГЭ.
/// </summary>
public class LowResultsRecoveryTests(ITestOutputHelper output)
{
    private const int MinimumWorks = 10;
    private const int MinimumProcedures = 2;

    public static TheoryData<int> Seeds => new(PlantedRegion.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Low_results_schools_match_the_planted_ability_better_than_one_year_mean(int seed)
    {
        var region = await PlantedRegion.OfSeedAsync(seed);
        var input = region.Input;
        var eligible = Eligible(input);
        var truth = Bottom(eligible.ToDictionary(id => id, id => region.TruthOf(id).MeanAbility), 0.10);
        var nonObjective = input.Schools.Where(s => region.Truth[s.Code].InflatedVpr).Select(s => s.SchoolId).ToHashSet();

        var result = LowResultsAnalysis.Run(input, LowResultsSettings.Default, nonObjective);
        var ours = result.Schools.Where(s => s.LowResults).Select(s => s.SchoolId).ToHashSet();
        var naive = Bottom(NaiveMeans(input, eligible), 0.10);

        var oursF1 = F1(ours, truth);
        var naiveF1 = F1(naive, truth);
        var hits = ours.Count(truth.Contains);
        output.WriteLine($"seed {seed}: ШНОР F1 ours {oursF1:F3} (listed {ours.Count}, true {truth.Count}, hits {hits}; " +
            $"eligible {eligible.Count}), naive {naiveF1:F3}; inflated-ВПР schools listed {ours.Count(nonObjective.Contains)}, " +
            $"truly low {truth.Count(nonObjective.Contains)}");
        Assert.True(oursF1 >= 0.7, $"F1 {oursF1:F3} < 0.7");
        Assert.True(oursF1 > naiveF1, $"F1 {oursF1:F3} not above the naive {naiveF1:F3}");
    }

    private static HashSet<int> Eligible(SchoolAnalysisInput input)
    {
        var keys = LowResultsSettings.Default.KeyProcedures;
        var procedures = new Dictionary<(int School, int Year), int>();
        foreach (var works in input.Procedures)
        {
            var d = works.Design;
            if (d.Year < input.Year - 1 || !keys.Any(k => k.Kind == d.Kind && k.Subject == d.Subject && k.Grade == d.Grade)) continue;
            foreach (var school in works.SchoolIds.GroupBy(id => id).Where(g => g.Count() >= MinimumWorks))
                procedures[(school.Key, d.Year)] = procedures.GetValueOrDefault((school.Key, d.Year)) + 1;
        }
        return input.Schools.Select(s => s.SchoolId)
            .Where(id => procedures.GetValueOrDefault((id, input.Year - 1)) >= MinimumProcedures
                && procedures.GetValueOrDefault((id, input.Year)) >= MinimumProcedures)
            .ToHashSet();
    }

    private static Dictionary<int, double> NaiveMeans(SchoolAnalysisInput input, HashSet<int> eligible)
    {
        var sums = new Dictionary<int, (double Sum, int Count)>();
        foreach (var works in input.Procedures.Where(p => p.Design.Year == input.Year))
        {
            var scores = works.PrimaryScores.Select(p => (double)p).ToArray();
            var mean = scores.Average();
            var sd = Orientir.Analytics.Statistics.Descriptive.StandardDeviation(scores);
            for (var i = 0; i < works.Count; i++)
            {
                var (sum, count) = sums.GetValueOrDefault(works.SchoolIds[i]);
                sums[works.SchoolIds[i]] = (sum + (scores[i] - mean) / sd, count + 1);
            }
        }
        return eligible.ToDictionary(id => id, id => sums[id].Sum / sums[id].Count);
    }
}
