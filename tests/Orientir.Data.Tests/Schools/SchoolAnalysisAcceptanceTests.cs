using Orientir.Analytics.Schools;
using Orientir.Analytics.Statistics;
using Orientir.Domain.Registry;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Schools;

/// <summary>
/// The acceptance bars on the whole school analytics as the system runs it (<see cref="SchoolAnalysis.Run"/>
/// with the default methodology): the real context index in the model, the real list of non-objective schools
/// keeping their ВПР out of the model and out of their ШНОР judgement. The per-method tests beside this one
/// measure each method against its naive rival with stand-ins for its inputs.
/// </summary>
public class SchoolAnalysisAcceptanceTests(ITestOutputHelper output)
{
    public static TheoryData<int> Seeds => new(PlantedRegion.Seeds);

    [Theory, MemberData(nameof(Seeds))]
    public async Task The_published_lists_recover_what_the_generator_planted(int seed)
    {
        var region = await PlantedRegion.OfSeedAsync(seed);
        var input = region.Input;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = SchoolAnalysis.Run(input, SchoolAnalysisSettings.Default);
        var seconds = clock.Elapsed.TotalSeconds;
        var truth = input.Schools.ToDictionary(s => s.SchoolId, s => region.Truth[s.Code]);

        // Signs of non-objective results: the planted inflating schools judged in at least two procedures.
        var listed = result.Objectivity.Schools.Where(s => s.Listed).Select(s => s.SchoolId).ToHashSet();
        var inflating = truth.Where(t => t.Value.InflatedVpr).Select(t => t.Key).ToHashSet();
        var judgeable = result.Objectivity.Schools.Where(s => s.JudgedProcedures.Count >= 2).Select(s => s.SchoolId).ToHashSet();
        var precision = listed.Count == 0 ? 0 : listed.Count(inflating.Contains) / (double)listed.Count;
        var recall = inflating.Count(judgeable.Contains) == 0 ? 0 : listed.Count(inflating.Contains) / (double)inflating.Count(judgeable.Contains);

        // Context-adjusted effects against the planted school effects, schools with at least 20 works.
        var effects = result.Performance.Level!.Schools.Where(s => s.Works >= 20 && s.Effect is not null).ToList();
        var rho = Descriptive.Spearman(effects.Select(e => e.Effect!.Value).ToArray(), effects.Select(e => truth[e.SchoolId].Effect).ToArray());

        // ШНСУ against the bottom 15 % by planted status; ШНОР against the bottom 10 % by planted ability of the judgeable.
        var unfavourable = result.Context.Schools.Where(s => s.Unfavourable).Select(s => s.SchoolId).ToHashSet();
        var unfavourableF1 = ContextRecoveryTests.F1(unfavourable, ContextRecoveryTests.Bottom(truth.ToDictionary(t => t.Key, t => t.Value.Ses), 0.15));
        var eligible = LowResultsRecoveryTests.Eligible(input);
        var low = result.LowResults.Schools.Where(s => s.LowResults).Select(s => s.SchoolId).ToHashSet();
        var lowF1 = ContextRecoveryTests.F1(low, ContextRecoveryTests.Bottom(eligible.ToDictionary(id => id, id => truth[id].MeanAbility), 0.10));

        var resilient = result.Resilience.Count(r => r.Resilient);
        output.WriteLine($"seed {seed}: {seconds:F2} s; non-objective precision {precision:F3} recall {recall:F3} ({listed.Count} listed); " +
                         $"effects Spearman {rho:F3} over {effects.Count}; ШНСУ F1 {unfavourableF1:F3}; ШНОР F1 {lowF1:F3}; resilient {resilient}");

        Assert.True(precision >= 0.85 && recall >= 0.85, $"non-objective precision {precision:F3}, recall {recall:F3}");
        var lenientOnly = truth.Where(t => t.Value.LenientJournal).Select(t => t.Key);
        Assert.DoesNotContain(lenientOnly, listed.Contains);
        var strong = input.Schools.Where(s => s.Type is SchoolType.Gymnasium or SchoolType.Lyceum && !inflating.Contains(s.SchoolId));
        Assert.DoesNotContain(strong, s => listed.Contains(s.SchoolId));
        Assert.True(rho >= 0.85, $"effects Spearman {rho:F3}");
        Assert.True(unfavourableF1 >= 0.7, $"ШНСУ F1 {unfavourableF1:F3}");
        Assert.True(lowF1 >= 0.7, $"ШНОР F1 {lowF1:F3}");
        Assert.All(result.Resilience.Where(r => r.Resilient), r => Assert.True(result.Context.Of(r.SchoolId).Unfavourable));
    }
}
