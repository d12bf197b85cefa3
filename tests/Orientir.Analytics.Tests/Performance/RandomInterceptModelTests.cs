using Orientir.Analytics.Performance;

namespace Orientir.Analytics.Tests.Performance;

public class RandomInterceptModelTests
{
    [Theory]
    [InlineData(1, VarianceEstimation.Reml)]
    [InlineData(2, VarianceEstimation.Reml)]
    [InlineData(3, VarianceEstimation.Ml)]
    public void Recovers_the_fixed_effects_and_both_variances_of_simulated_data(int seed, VarianceEstimation estimation)
    {
        const double tau2 = 0.25, sigma2 = 1.0;
        var fit = RandomInterceptModel.Fit(SimulatedGroups.Draw(seed, groups: 300, rowsPerGroup: 40, tau2, sigma2), estimation);

        for (var k = 0; k < SimulatedGroups.Beta.Length; k++)
        {
            var effect = fit.FixedEffects[k];
            Assert.InRange(effect.Estimate, SimulatedGroups.Beta[k] - 4 * effect.StandardError, SimulatedGroups.Beta[k] + 4 * effect.StandardError);
        }
        // SE(τ̂²) ≈ √(2/J)·(τ² + σ²/n) ≈ 0.023 and SE(σ̂²) ≈ √(2/N) ≈ 0.013 here: four of each.
        Assert.InRange(fit.BetweenGroupVariance, tau2 - 0.09, tau2 + 0.09);
        Assert.InRange(fit.ResidualVariance, sigma2 - 0.05, sigma2 + 0.05);
        Assert.Equal(12_000, fit.Observations);
        Assert.Equal(300, fit.Groups);
    }

    [Fact]
    public void Empirical_bayes_effects_track_the_drawn_group_effects()
    {
        var fit = RandomInterceptModel.Fit(SimulatedGroups.Draw(7, groups: 100, rowsPerGroup: 50, tau2: 0.25, sigma2: 1));
        var noiseShare = fit.ResidualVariance / 50 / (fit.BetweenGroupVariance + fit.ResidualVariance / 50);
        Assert.All(fit.GroupEffects, g =>
        {
            Assert.Equal(1 - noiseShare, g.Shrinkage, 12);
            Assert.Equal(g.Effect - 1.96 * g.ConditionalSd, g.Lower, 12);
            Assert.Equal(g.Effect + 1.96 * g.ConditionalSd, g.Upper, 12);
        });
    }

    [Fact]
    public void Puts_the_between_group_variance_at_zero_when_group_means_vary_less_than_chance_and_fits_ordinary_least_squares()
    {
        // Two groups with identical rows: no between-group variation at all.
        var data = new GroupedData(["(Intercept)", "x"], 2);
        double[][] rows = [[1, 0, 1.0], [1, 1, 2.5], [1, 2, 2.9], [1, 3, 4.6]];
        for (var g = 0; g < 2; g++)
            foreach (var r in rows) data.Add(g, r.AsSpan(0, 2), r[2]);

        var fit = RandomInterceptModel.Fit(data);

        Assert.Equal(0, fit.BetweenGroupVariance);
        Assert.Equal(0, fit.VarianceRatio);
        // OLS on x = 0..3, y = 1, 2.5, 2.9, 4.6 (twice): slope 5.6/5 = 1.12, intercept 2.75 − 1.5·1.12 = 1.07,
        // residuals −0.07, 0.31, −0.41, 0.17, so RSS 2·0.298 over 8 − 2 degrees of freedom.
        Assert.Equal(1.12, fit.FixedEffect("x").Estimate, 10);
        Assert.Equal(1.07, fit.FixedEffect("(Intercept)").Estimate, 10);
        Assert.Equal(2 * 0.298 / 6, fit.ResidualVariance, 10);
        Assert.All(fit.GroupEffects, g => Assert.Equal(0, g.Effect));
        Assert.All(fit.GroupEffects, g => Assert.Equal(0, g.ConditionalSd));
    }

    [Fact]
    public void A_group_of_one_row_is_shrunk_the_most_and_has_the_widest_interval()
    {
        var data = SimulatedGroups.Draw(11, groups: 60, rowsPerGroup: 25, tau2: 0.3, sigma2: 1, sizeOf: j => j == 0 ? 1 : 25);
        var fit = RandomInterceptModel.Fit(data);

        var single = fit.GroupEffects[0];
        var theta = fit.VarianceRatio;
        Assert.Equal(1, single.Count);
        Assert.Equal(theta / (1 + theta), single.Shrinkage, 12);
        Assert.Equal(Math.Sqrt(fit.ResidualVariance * theta / (1 + theta)), single.ConditionalSd, 12);
        Assert.All(fit.GroupEffects.Skip(1), g =>
        {
            Assert.True(g.Shrinkage > single.Shrinkage);
            Assert.True(g.ConditionalSd < single.ConditionalSd);
        });
    }

    [Fact]
    public void A_group_without_rows_gets_a_zero_effect_with_the_between_group_sd()
    {
        var data = SimulatedGroups.Draw(5, groups: 41, rowsPerGroup: 20, tau2: 0.3, sigma2: 1, sizeOf: j => j == 40 ? 0 : 20);
        var fit = RandomInterceptModel.Fit(data);

        Assert.Equal(40, fit.Groups);
        var empty = fit.GroupEffects[40];
        Assert.Equal(0, empty.Effect);
        Assert.Equal(Math.Sqrt(fit.BetweenGroupVariance), empty.ConditionalSd, 12);
    }

    [Fact]
    public void Refuses_a_design_whose_column_is_a_combination_of_others_naming_the_column()
    {
        var data = new GroupedData(["(Intercept)", "x", "twice_x"], 3);
        var random = new Random(1);
        for (var i = 0; i < 30; i++)
        {
            var x = random.NextDouble();
            data.Add(i % 3, [1, x, 2 * x], random.NextDouble());
        }

        var error = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit(data));
        Assert.Contains("'twice_x'", error.Message);
        Assert.Equal([2], data.DependentColumns());
    }

    [Fact]
    public void Shifting_the_response_moves_only_the_intercept_and_scaling_it_scales_the_variances()
    {
        var data = SimulatedGroups.Draw(3, groups: 30, rowsPerGroup: 15, tau2: 0.2, sigma2: 1);
        var fit = RandomInterceptModel.Fit(data);
        var shifted = RandomInterceptModel.Fit(SimulatedGroups.Draw(3, groups: 30, rowsPerGroup: 15, tau2: 0.2, sigma2: 1, scale: 3, shift: 5));

        // Equal up to the optimiser's precision in θ (≈ 1e-8 relative).
        Close(3 * fit.FixedEffects[0].Estimate + 5, shifted.FixedEffects[0].Estimate);
        Close(3 * fit.FixedEffects[1].Estimate, shifted.FixedEffects[1].Estimate);
        Close(9 * fit.BetweenGroupVariance, shifted.BetweenGroupVariance);
        Close(9 * fit.ResidualVariance, shifted.ResidualVariance);
        Assert.Equal(fit.VarianceRatio, shifted.VarianceRatio, 1e-6 * fit.VarianceRatio);
        for (var g = 0; g < 30; g++) Close(3 * fit.GroupEffects[g].Effect, shifted.GroupEffects[g].Effect);

        static void Close(double expected, double actual) => Assert.Equal(expected, actual, 1e-6 * Math.Abs(expected));
    }

    [Fact]
    public void Selecting_columns_gives_the_same_fit_as_adding_only_those_columns()
    {
        var full = new GroupedData(["(Intercept)", "x", "unused"], 4);
        var narrow = new GroupedData(["(Intercept)", "x"], 4);
        var random = new Random(9);
        for (var i = 0; i < 80; i++)
        {
            double x = random.NextDouble(), noise = random.NextDouble(), y = x + i % 4 * 0.3 + random.NextDouble();
            full.Add(i % 4, [1, x, noise], y);
            narrow.Add(i % 4, [1, x], y);
        }

        var selected = RandomInterceptModel.Fit(full.Select([0, 1]));
        var direct = RandomInterceptModel.Fit(narrow);

        Assert.Equal(direct.FixedEffect("x").Estimate, selected.FixedEffect("x").Estimate, 12);
        Assert.Equal(direct.BetweenGroupVariance, selected.BetweenGroupVariance, 12);
    }
}
