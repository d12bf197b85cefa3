using Orientir.Analytics.Performance;
using Orientir.Analytics.Statistics;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Performance;

public class ContextAdjustedPerformanceTests
{
    private static readonly SyntheticRegion Region = SyntheticRegion.Draw(42);

    private static PerformanceResult Estimate(PerformanceSettings? settings = null, IReadOnlySet<SchoolProcedure>? excluded = null) =>
        ContextAdjustedPerformance.Estimate(Region.Input, Region.Context, settings ?? PerformanceSettings.Default, excluded);

    [Fact]
    public void Level_effects_rank_the_drawn_school_effects_and_the_context_slope_is_recovered()
    {
        var level = Estimate().Level!;

        var informative = level.Schools.Where(s => s.Informative).ToArray();
        var spearman = Descriptive.Spearman(informative.Select(s => s.Effect!.Value).ToArray(), informative.Select(s => Region.Effects[s.SchoolId]).ToArray());
        Assert.True(spearman > 0.85, $"Spearman {spearman:F3}");
        // Scores are 20 + 6·(mean + noise), standardised by an SD of about 6.6: the slope 0.4 becomes about 0.36.
        var slope = level.Summary.FixedEffects.Single(f => f.Name == ContextAdjustedPerformance.ContextIndexColumn);
        Assert.InRange(slope.Estimate, 0.2, 0.5);
        Assert.Equal(3, level.Summary.Procedures.Count);
        Assert.Equal(39 * 90 + 18, level.Summary.Works);
    }

    [Fact]
    public void A_school_with_fewer_works_than_the_minimum_gets_no_effect_but_its_count()
    {
        var level = Estimate().Level!;

        var small = level.Of(SyntheticRegion.SmallSchoolId)!;
        Assert.Equal(18, small.Works);
        Assert.False(small.Informative);
        Assert.Null(small.Lower);
        Assert.Equal(39, level.Summary.InformativeSchools);

        var lowered = Estimate(PerformanceSettings.Default with { MinimumWorks = 18 }).Level!;
        Assert.True(lowered.Of(SyntheticRegion.SmallSchoolId)!.Informative);
    }

    [Fact]
    public void A_school_without_a_context_index_gets_the_mean_and_a_missing_indicator()
    {
        var result = Estimate();

        Assert.Equal(1, result.SchoolsWithoutContextIndex);
        Assert.Contains(result.Level!.Summary.FixedEffects, f => f.Name == ContextAdjustedPerformance.ContextMissingColumn);
        Assert.True(result.Level.Of(SyntheticRegion.SchoolWithoutContextId)!.Informative);
    }

    [Fact]
    public void Drops_the_missing_indicator_when_every_school_has_its_index_and_says_so()
    {
        var complete = new Dictionary<int, double>(Region.Context) { [SyntheticRegion.SchoolWithoutContextId] = 0.1 };
        var result = ContextAdjustedPerformance.Estimate(Region.Input, complete, PerformanceSettings.Default);

        Assert.Equal(0, result.SchoolsWithoutContextIndex);
        Assert.Equal([ContextAdjustedPerformance.ContextMissingColumn], result.Level!.Summary.DroppedColumns);
        Assert.DoesNotContain(result.Level.Summary.FixedEffects, f => f.Name == ContextAdjustedPerformance.ContextMissingColumn);
    }

    [Fact]
    public void Adjusts_for_the_school_type_unless_told_not_to()
    {
        var withType = Estimate().Level!.Summary.FixedEffects.Select(f => f.Name).ToArray();
        var without = Estimate(PerformanceSettings.Default with { AdjustForSchoolType = false, AdjustForContextIndex = false }).Level!.Summary.FixedEffects;

        Assert.Contains("type_gymnasium", withType);
        Assert.Equal([ContextAdjustedPerformance.InterceptColumn], without.Select(f => f.Name));
    }

    [Fact]
    public void Growth_uses_only_the_works_whose_student_wrote_the_subject_a_year_earlier()
    {
        var growth = Estimate().Growth!;

        // Only ВПР RU 5 has a Russian work of the same students in 2024; mathematics and the ОГЭ cohort have none.
        Assert.Equal(["VPR-2025-RU-5"], growth.Summary.Procedures);
        Assert.Equal(39 * 30 + 6, growth.Summary.Works);
        var prior = growth.Summary.FixedEffects.Single(f => f.Name == ContextAdjustedPerformance.PriorScoreColumn);
        Assert.InRange(prior.Estimate, 0.5, 1.0);
        Assert.False(growth.Of(SyntheticRegion.SmallSchoolId)!.Informative);
        Assert.Null(Estimate(PerformanceSettings.Default with { EstimateGrowth = false }).Growth);
    }

    [Fact]
    public void Pools_only_the_configured_kinds_and_leaves_out_excluded_results()
    {
        var ogeOnly = Estimate(PerformanceSettings.Default with { Kinds = [ProcedureKind.Oge] }).Level!;
        Assert.Equal(["OGE-2025-RU-9"], ogeOnly.Summary.Procedures);

        var excluded = new HashSet<SchoolProcedure> { new(1, "VPR-2025-RU-5"), new(1, "VPR-2025-MA-5") };
        var level = Estimate(excluded: excluded).Level!;
        Assert.Equal(30, level.Of(1)!.Works);
        Assert.Equal(39 * 90 + 18 - 60, level.Summary.Works);
    }

    [Fact]
    public void Pooling_three_years_takes_every_procedure_of_those_years()
    {
        var level = Estimate(PerformanceSettings.Default with { YearsPooled = 3 }).Level!;
        Assert.Equal(4, level.Summary.Procedures.Count);
    }

    [Fact]
    public void Evidence_carries_the_effect_its_interval_and_the_works()
    {
        var result = Estimate();
        var effect = result.Level!.Of(1)!;

        var evidence = result.EvidenceOf(1).ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(effect.Effect, evidence["context_effect"]);
        Assert.Equal(effect.StandardError, evidence["context_effect_se"]);
        Assert.Equal(effect.Lower, evidence["context_effect_lower"]);
        Assert.Equal(effect.Upper, evidence["context_effect_upper"]);
        Assert.Equal(90, evidence["context_effect_works"]);
        Assert.Equal(30, evidence["growth_effect_works"]);
        Assert.Equal(effect.Effect!.Value + 1.959964 * effect.StandardError!.Value, effect.Upper!.Value, 5);

        var small = result.EvidenceOf(SyntheticRegion.SmallSchoolId).Select(e => e.Key);
        Assert.Equal(["context_effect_works", "growth_effect_works"], small);
    }
}
