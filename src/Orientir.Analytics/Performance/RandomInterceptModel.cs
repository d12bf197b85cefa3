namespace Orientir.Analytics.Performance;

/// <summary>
/// The two-level random-intercept model y = Xβ + u_group + e, u ~ N(0, τ²), e ~ N(0, σ²), fitted by REML or ML
/// the way lme4 does it (Bates, Mächler, Bolker &amp; Walker 2015, JSS 67(1), §3): β and σ² are profiled out and
/// the deviance is minimised over θ = τ²/σ² ≥ 0 alone. With one intercept per group, V_j = σ²(I + θ11ᵀ), so
/// V_j⁻¹ = σ⁻²(I − θ/(1 + n_jθ)·11ᵀ) and log|V_j| = n_j·log σ² + log(1 + n_jθ): every evaluation works on the
/// per-group sums of <see cref="GroupedData"/> in O(J·p²).
/// </summary>
public static class RandomInterceptModel
{
    private const double LowestLogRatio = -16;
    private const double HighestLogRatio = 12;
    private const double GridStep = 0.5;

    /// <param name="intervalZ">The normal quantile of the groups' intervals (1.96 for 95 %).</param>
    /// <exception cref="ArgumentException">A column is a linear combination of others (the fixed effects are not identified), or there are too few rows.</exception>
    public static RandomInterceptFit Fit(GroupedData data, VarianceEstimation estimation = VarianceEstimation.Reml, double intervalZ = 1.96)
    {
        var p = data.ColumnCount;
        var dependent = data.DependentColumns();
        if (dependent.Count > 0)
            throw new ArgumentException(
                $"The fixed-effect design is singular: column '{data.ColumnNames[dependent[0]]}' is a linear combination of the others (or constant zero).",
                nameof(data));
        var residualDf = estimation == VarianceEstimation.Reml ? data.Observations - p : data.Observations;
        if (residualDf <= 0) throw new ArgumentException($"{data.Observations} rows cannot estimate {p} fixed effects and two variances.", nameof(data));

        var profile = new Profile(data, estimation);
        var logRatio = MinimiseOverLogRatio(profile);
        var ratio = double.IsNegativeInfinity(logRatio) ? 0 : Math.Exp(logRatio);
        var state = profile.Evaluate(ratio);
        if (!(state.WeightedResidualSquares > 0)) throw new ArgumentException("The model fits the data exactly: no residual variance to estimate.", nameof(data));

        var sigma2 = state.WeightedResidualSquares / residualDf;
        var tau2 = ratio * sigma2;
        var inverse = state.Factor.Inverse();
        var fixedEffects = new FixedEffect[p];
        for (var a = 0; a < p; a++)
            fixedEffects[a] = new FixedEffect(data.ColumnNames[a], state.Beta[a], Math.Sqrt(sigma2 * inverse[a * p + a]));

        var groups = new GroupEffect[data.GroupCount];
        var nonEmpty = 0;
        for (var g = 0; g < data.GroupCount; g++)
        {
            var n = data.CountOf(g);
            if (n > 0) nonEmpty++;
            var sums = data.ColumnSumsOf(g);
            var residualSum = data.SumYOf(g);
            for (var a = 0; a < p; a++) residualSum -= sums[a] * state.Beta[a];
            var weight = ratio / (1 + n * ratio);
            var effect = weight * residualSum;
            var sd = Math.Sqrt(sigma2 * weight);
            groups[g] = new GroupEffect(g, n, effect, sd, n * weight, effect - intervalZ * sd, effect + intervalZ * sd);
        }
        return new RandomInterceptFit(estimation, fixedEffects, tau2, sigma2, -state.Deviance / 2, data.Observations, nonEmpty, groups);
    }

    /// <summary>
    /// The profiled deviance is smooth in log θ but need not be convex over its whole range, so a coarse grid finds
    /// the basin and Brent's method polishes it; a minimum at the grid's lower end is compared with θ = 0 itself.
    /// Returns −∞ for the boundary.
    /// </summary>
    private static double MinimiseOverLogRatio(Profile profile)
    {
        var steps = (int)Math.Round((HighestLogRatio - LowestLogRatio) / GridStep);
        var best = 0;
        var bestValue = double.PositiveInfinity;
        for (var k = 0; k <= steps; k++)
        {
            var value = profile.Deviance(Math.Exp(LowestLogRatio + k * GridStep));
            if (value < bestValue) { bestValue = value; best = k; }
        }
        if (best == 0)
        {
            var atZero = profile.Deviance(0);
            if (atZero <= bestValue) return double.NegativeInfinity;
        }
        var lower = LowestLogRatio + Math.Max(best - 1, 0) * GridStep;
        var upper = LowestLogRatio + Math.Min(best + 1, steps) * GridStep;
        var (argument, value2) = BrentMinimizer.Minimise(x => profile.Deviance(Math.Exp(x)), lower, upper, 1e-12);
        if (best == 0 && profile.Deviance(0) <= value2) return double.NegativeInfinity;
        return argument;
    }

    private readonly record struct ProfileState(double[] Beta, SymmetricFactor Factor, double WeightedResidualSquares, double Deviance);

    /// <summary>The deviance profiled over β and σ² at a given θ (lme4's devfun, specialised to one random intercept).</summary>
    private sealed class Profile(GroupedData data, VarianceEstimation estimation)
    {
        private readonly double[] _totalCross = data.TotalCrossProducts();
        private readonly double[] _totalCrossWithY = data.TotalCrossWithY();
        private readonly double _totalSquaresY = data.TotalSumSquaresY();

        public double Deviance(double ratio) => Evaluate(ratio).Deviance;

        public ProfileState Evaluate(double ratio)
        {
            var p = data.ColumnCount;
            var a = (double[])_totalCross.Clone();
            var b = (double[])_totalCrossWithY.Clone();
            var yy = _totalSquaresY;
            var logDetV = 0.0;
            for (var g = 0; g < data.GroupCount; g++)
            {
                var n = data.CountOf(g);
                if (n == 0) continue;
                var weight = ratio / (1 + n * ratio);
                logDetV += Math.Log(1 + n * ratio);
                if (weight == 0) continue;
                var sums = data.ColumnSumsOf(g);
                var t = data.SumYOf(g);
                yy -= weight * t * t;
                for (var i = 0; i < p; i++)
                {
                    var ws = weight * sums[i];
                    b[i] -= ws * t;
                    for (var j = i; j < p; j++) a[i * p + j] -= ws * sums[j];
                }
            }
            for (var i = 0; i < p; i++)
            for (var j = 0; j < i; j++)
                a[i * p + j] = a[j * p + i];

            var factor = SymmetricFactor.Of(a, p);
            var beta = factor.Solve(b);
            var rss = yy;
            for (var i = 0; i < p; i++) rss -= b[i] * beta[i];
            double deviance;
            var n0 = (double)data.Observations;
            if (estimation == VarianceEstimation.Reml)
            {
                var df = n0 - p;
                deviance = logDetV + factor.LogDeterminant + df * (1 + Math.Log(2 * Math.PI * rss / df));
            }
            else
            {
                deviance = logDetV + n0 * (1 + Math.Log(2 * Math.PI * rss / n0));
            }
            return new ProfileState(beta, factor, rss, double.IsNaN(deviance) ? double.PositiveInfinity : deviance);
        }
    }
}
