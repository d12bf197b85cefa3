using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Effect;
using Xunit.Abstractions;

namespace Orientir.Analytics.Tests.Support.Effect;

/// <summary>Recovery on synthetic programmes; the figures are printed (run with --logger "console;verbosity=detailed").</summary>
public class DifferenceInDifferencesTests(ITestOutputHelper output)
{
    private static readonly SupportEffectSettings Settings = SupportEffectSettings.Default;

    [Fact]
    public void The_planted_effect_is_recovered_on_average_despite_selection_on_a_low_baseline_and_the_intervals_cover_it()
    {
        const double delta = 0.3;
        var dids = new List<double>();
        var covered = 0;
        for (var seed = 1; seed <= 60; seed++)
        {
            var world = ProgrammeWorld.Draw(seed, delta);
            foreach (var year in DifferenceInDifferences.Estimate(world.Input, Settings).SelectMany(s => s.Years).Where(y => y.HasEstimate))
            {
                dids.Add(year.Did!.Value);
                if (year.Lower <= delta && delta <= year.Upper) covered++;
            }
        }
        output.WriteLine($"planted δ {delta}: {dids.Count} school estimates, mean DiD {dids.Average():F3}, 95 % interval coverage {(double)covered / dids.Count:F3}");
        Assert.True(dids.Count > 1000, $"estimates: {dids.Count}");
        Assert.InRange(dids.Average(), delta - 0.03, delta + 0.03);
        Assert.InRange((double)covered / dids.Count, 0.90, 0.99);
    }

    [Fact]
    public void Without_matching_on_the_baseline_regression_to_the_mean_would_look_like_an_effect()
    {
        var years = Enumerable.Range(1, 20)
            .SelectMany(seed => DifferenceInDifferences.Estimate(ProgrammeWorld.Draw(seed, delta: 0).Input, Settings))
            .SelectMany(s => s.Years).ToList();
        // The target schools' own change, less the region's shift of the year: what a before–after comparison would report.
        var naive = years.Where(y => y.Change is not null).Average(y => y.Change!.Value - (y.Year == 2025 ? 0.05 : -0.03));
        var did = years.Where(y => y.HasEstimate).Average(y => y.Did!.Value);
        output.WriteLine($"no effect: naive before–after change {naive:F3}, matched DiD {did:F3}");
        Assert.True(naive > 0.05, $"naive change {naive:F3}");
        Assert.InRange(did, -0.03, 0.03);
    }

    [Fact]
    public void With_no_effect_the_programme_interval_covers_zero_about_95_percent_of_the_time()
    {
        var covered = 0;
        var total = 0;
        for (var seed = 100; seed < 300; seed++)
        {
            var world = ProgrammeWorld.Draw(seed, delta: 0);
            foreach (var year in ProgrammeEffects.Combine(DifferenceInDifferences.Estimate(world.Input, Settings), Settings))
            {
                total++;
                if (year.Lower <= 0 && 0 <= year.Upper) covered++;
            }
        }
        output.WriteLine($"no effect: programme interval covers 0 in {covered} of {total} ({(double)covered / total:F3})");
        Assert.Equal(400, total);
        Assert.InRange((double)covered / total, 0.91, 0.99);
    }

    [Fact]
    public void Every_estimate_carries_its_evidence_and_comparison_schools_are_never_target_schools()
    {
        var world = ProgrammeWorld.Draw(7, delta: 0.2);
        var schools = DifferenceInDifferences.Estimate(world.Input, Settings);
        var estimate = schools.SelectMany(s => s.Years).First(y => y.HasEstimate);
        var evidence = estimate.Evidence.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(estimate.Did, evidence["did"]);
        Assert.Equal(estimate.Change!.Value - estimate.ComparisonChange!.Value, evidence["did"], 12);
        Assert.Equal(estimate.Comparisons.Count, evidence["comparisons"]);
        Assert.True(evidence["lower"] < evidence["did"] && evidence["did"] < evidence["upper"]);
        Assert.All(schools.SelectMany(s => s.Years).SelectMany(y => y.Comparisons), c => Assert.DoesNotContain(c.SchoolId, world.Input.EverTargeted));
        Assert.All(schools.SelectMany(s => s.Years).Where(y => y.HasEstimate), y =>
        {
            Assert.InRange(y.Comparisons.Count, Settings.MinimumComparisons, Settings.Comparisons);
            Assert.All(y.Comparisons, c => Assert.True(c.Distance <= Settings.Caliper));
        });
    }

    [Fact]
    public void A_school_with_too_few_comparison_schools_within_the_caliper_gets_no_estimate_and_the_reason()
    {
        var world = ProgrammeWorld.Draw(11, delta: 0);
        var narrow = Settings with { Caliper = 0.001 };
        var years = DifferenceInDifferences.Estimate(world.Input, narrow).SelectMany(s => s.Years).ToList();
        Assert.All(years, y =>
        {
            Assert.False(y.HasEstimate);
            Assert.Contains("школ сравнения", y.Reason);
            Assert.Null(y.Lower);
        });
    }

    [Fact]
    public void A_school_without_a_baseline_result_gets_no_estimate_in_any_year()
    {
        var world = ProgrammeWorld.Draw(12, delta: 0);
        var target = world.Input.TargetSchoolIds[0];
        var outcomes = world.Input.Outcomes.Where(o => o.Key != (target, ProgrammeWorld.ProgrammeYear)).ToDictionary();
        var effect = DifferenceInDifferences.Estimate(world.Input with { Outcomes = outcomes }, Settings).Single(s => s.SchoolId == target);
        Assert.Null(effect.Baseline);
        Assert.Equal(ProgrammeWorld.FollowUps, effect.Years.Select(y => y.Year));
        Assert.All(effect.Years, y => Assert.Contains("базового 2024 года", y.Reason));
        Assert.Null(effect.Exit);
    }
}
