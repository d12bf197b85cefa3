using Orientir.Analytics.Performance;

namespace Orientir.Analytics.Tests.Performance;

/// <summary>
/// The C# fit against lme4::lmer on committed fixtures (scripts/lme4-reference): fixed effects, their SEs, the
/// variance components, the log-likelihood and every school's conditional mode and SD within 1e-4 relative.
/// </summary>
public class RandomInterceptModelAgreesWithLme4Tests
{
    private const double Relative = 1e-4;

    public static TheoryData<string, VarianceEstimation> Fits => new()
    {
        { "schools", VarianceEstimation.Reml },
        { "schools", VarianceEstimation.Ml },
        { "boundary", VarianceEstimation.Reml },
        { "boundary", VarianceEstimation.Ml },
    };

    [Theory]
    [MemberData(nameof(Fits))]
    public void Fixed_effects_variances_and_school_effects_agree_with_lme4(string fixture, VarianceEstimation estimation)
    {
        var reference = Lme4Reference.Load(fixture);
        var fit = RandomInterceptModel.Fit(reference.Data, estimation);

        foreach (var effect in fit.FixedEffects)
        {
            AssertClose(reference.Value(estimation, "fixef", effect.Name), effect.Estimate, $"β {effect.Name}");
            AssertClose(reference.Value(estimation, "se", effect.Name), effect.StandardError, $"SE {effect.Name}");
        }
        AssertClose(reference.Value(estimation, "tau2", "school"), fit.BetweenGroupVariance, "τ²");
        AssertClose(reference.Value(estimation, "sigma2", "residual"), fit.ResidualVariance, "σ²");
        AssertClose(reference.Value(estimation, "loglik"), fit.LogLikelihood, "log-likelihood");
        for (var g = 0; g < reference.Schools.Count; g++)
        {
            var school = reference.Schools[g];
            AssertClose(reference.Value(estimation, "ranef", school), fit.GroupEffects[g].Effect, $"û {school}");
            AssertClose(reference.Value(estimation, "condsd", school), fit.GroupEffects[g].ConditionalSd, $"SD {school}");
        }
    }

    /// <summary>Relative agreement; a reference of exactly 0 (τ² and the effects at the boundary) must be matched by 0 within 1e-12.</summary>
    private static void AssertClose(double expected, double actual, string what)
    {
        var allowed = expected == 0 ? 1e-12 : Relative * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= allowed, $"{what}: lme4 {expected:R}, C# {actual:R} (difference {Math.Abs(actual - expected):E2})");
    }
}
