using Orientir.Analytics.Performance;
using Orientir.Analytics.Schools;
using Orientir.Analytics.Statistics;
using Orientir.Domain.Results;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Schools;

/// <summary>
/// The acceptance bar for the context-adjusted performance: on generated regions, the level effects of the
/// schools with at least 20 works rank the planted school effects with Spearman ≥ 0.85.
/// </summary>
public class PerformanceRecoveryTests(ITestOutputHelper output)
{
    public static TheoryData<int> Seeds => new(PlantedRegion.Seeds);

    /// <remarks>
    /// The planted inflating schools push their ВПР up by about half a student SD, which costs the pooled model some
    /// 0.05 of Spearman; the system leaves out results flagged as non-objective (the objectivity markers), here
    /// stood in for by the truth. The figures with and without are printed for the methodology note.
    /// </remarks>
    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Level_effects_rank_the_planted_school_effects(int seed)
    {
        var region = await PlantedRegion.OfSeedAsync(seed);
        var context = PassportStandIn(region.Input.Schools);
        var flagged = InflatedVprResults(region);

        var pooled = ContextAdjustedPerformance.Estimate(region.Input, context, PerformanceSettings.Default);
        var all = Recovery(region, pooled.Level!, _ => true);
        var honest = Recovery(region, pooled.Level!, s => !s.InflatedVpr);
        var withoutFlagged = Recovery(region, ContextAdjustedPerformance.Estimate(region.Input, context, PerformanceSettings.Default, flagged).Level!, _ => true);
        var growth = Recovery(region, pooled.Growth!, _ => true);
        var threeYears = PerformanceSettings.Default with { YearsPooled = 3 };
        var threeYearsAll = Recovery(region, ContextAdjustedPerformance.Estimate(region.Input, context, threeYears).Level!, _ => true);
        var threeYearsWithoutFlagged = Recovery(region, ContextAdjustedPerformance.Estimate(region.Input, context, threeYears, flagged).Level!, _ => true);

        output.WriteLine($"seed {seed}: Spearman over {all.Schools} informative schools — level {all.Spearman:F3}, " +
                         $"the inflating schools' ВПР left out {withoutFlagged.Spearman:F3}, the inflating schools left out {honest.Spearman:F3} ({honest.Schools}); " +
                         $"3 years pooled {threeYearsAll.Spearman:F3} / ВПР left out {threeYearsWithoutFlagged.Spearman:F3}; " +
                         $"growth {growth.Spearman:F3} ({growth.Schools}); τ² {pooled.Level!.Summary.BetweenSchoolVariance:F4}, σ² {pooled.Level.Summary.ResidualVariance:F4}");
        Assert.True(all.Schools >= 0.95 * PlantedRegion.Schools, $"only {all.Schools} informative schools");
        Assert.True(withoutFlagged.Spearman >= 0.85, $"Spearman with the inflating schools' ВПР left out {withoutFlagged.Spearman:F3}");
        Assert.True(honest.Spearman >= 0.85, $"Spearman over the honest schools {honest.Spearman:F3}");
        Assert.True(threeYearsWithoutFlagged.Spearman >= 0.85, $"Spearman over three years {threeYearsWithoutFlagged.Spearman:F3}");
    }

    [Fact]
    public async Task Inflating_schools_rank_higher_on_their_vpr_than_on_their_own_oge_alone()
    {
        var region = await PlantedRegion.OfSeedAsync(PlantedRegion.Seeds[0]);
        var context = PassportStandIn(region.Input.Schools);
        var pooled = ContextAdjustedPerformance.Estimate(region.Input, context, PerformanceSettings.Default).Level!;
        var corrected = ContextAdjustedPerformance.Estimate(region.Input, context, PerformanceSettings.Default, InflatedVprResults(region)).Level!;

        var inflated = region.Input.Schools.Where(s => region.Truth[s.Code].InflatedVpr).Select(s => s.SchoolId).ToArray();
        var bias = inflated.Where(id => corrected.Of(id)!.Informative)
            .Select(id => pooled.Of(id)!.Effect!.Value - corrected.Of(id)!.Effect!.Value).ToArray();
        output.WriteLine($"inflating schools: pooled − ОГЭ-only effect {Descriptive.Mean(bias):F3} on average over {bias.Length}");
        Assert.NotEmpty(bias);
        Assert.True(Descriptive.Mean(bias) > 0, "the inflated ВПР should raise the pooled effect");
    }

    private static (double Spearman, int Schools) Recovery(PlantedRegion region, PerformanceModel model, Func<PlantedSchool, bool> include)
    {
        var estimated = new List<double>();
        var planted = new List<double>();
        foreach (var school in region.Input.Schools)
        {
            var truth = region.Truth[school.Code];
            if (model.Of(school.SchoolId) is not { Effect: { } effect } || !include(truth)) continue;
            estimated.Add(effect);
            planted.Add(truth.Effect);
        }
        return (Descriptive.Spearman(estimated.ToArray(), planted.ToArray()), estimated.Count);
    }

    private static HashSet<SchoolProcedure> InflatedVprResults(PlantedRegion region) =>
        (from school in region.Input.Schools
         where region.Truth[school.Code].InflatedVpr
         from procedure in region.Input.Procedures
         where procedure.Design.Kind == ProcedureKind.Vpr
         select new SchoolProcedure(school.SchoolId, procedure.Design.Code)).ToHashSet();

    /// <summary>
    /// A stand-in for the context index (ИСБШ) until Orientir.Analytics.Context builds it, from the passport alone,
    /// never from the truth: the mean of the region-standardised logits of the five shares that track social status,
    /// signed so that higher is better off (both parents with higher education +; single-parent, unemployed,
    /// low-income, registered −). Non-native Russian (mostly the municipality) and disabilities (special schools)
    /// are left out. A school with none of the five known has no index.
    /// </summary>
    internal static Dictionary<int, double> PassportStandIn(IReadOnlyList<SchoolProfile> schools)
    {
        var components = new (Func<SchoolProfile, double?> Share, double Sign)[]
        {
            (s => s.Passport.BothParentsHigherEducation, +1),
            (s => s.Passport.SingleParent, -1),
            (s => s.Passport.UnemployedParents, -1),
            (s => s.Passport.LowIncome, -1),
            (s => s.Passport.Registered, -1),
        };
        var sums = new double[schools.Count];
        var counts = new int[schools.Count];
        foreach (var (share, sign) in components)
        {
            var logits = schools.Select(s => share(s) is { } v ? Descriptive.Logit(v / 100) : double.NaN).ToArray();
            var known = logits.Where(double.IsFinite).ToArray();
            var mean = Descriptive.Mean(known);
            var sd = Descriptive.StandardDeviation(known);
            for (var i = 0; i < schools.Count; i++)
            {
                if (!double.IsFinite(logits[i])) continue;
                sums[i] += sign * (logits[i] - mean) / sd;
                counts[i]++;
            }
        }
        var index = new Dictionary<int, double>();
        for (var i = 0; i < schools.Count; i++)
            if (counts[i] > 0) index[schools[i].SchoolId] = sums[i] / counts[i];
        return index;
    }
}
