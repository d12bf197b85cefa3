namespace Orientir.Analytics.Performance;

/// <summary>How the variance components are estimated: REML (lme4's default, unbiased σ² for the fixed effects' degrees of freedom) or ML.</summary>
public enum VarianceEstimation
{
    Reml,
    Ml,
}

/// <summary>One fixed effect: its column name, estimate and standard error (from σ²·(XᵀV⁻¹X)⁻¹ at the estimated variances, as lme4's vcov).</summary>
public sealed record FixedEffect(string Name, double Estimate, double StandardError);

/// <summary>
/// A group's empirical-Bayes effect: the conditional mode û_j = λ_j·(ȳ_j − x̄_jβ̂), λ_j = τ²/(τ² + σ²/n_j), its
/// conditional standard deviation √(σ²θ/(1 + n_jθ)) (lme4's condVar) and the interval û ± z·SD.
/// A group without rows has û = 0 and the SD τ.
/// </summary>
public sealed record GroupEffect(int Group, int Count, double Effect, double ConditionalSd, double Shrinkage, double Lower, double Upper);

/// <summary>The fitted random-intercept model y = Xβ + u_group + e, u ~ N(0, τ²), e ~ N(0, σ²).</summary>
public sealed record RandomInterceptFit(
    VarianceEstimation Estimation,
    IReadOnlyList<FixedEffect> FixedEffects,
    double BetweenGroupVariance,
    double ResidualVariance,
    double LogLikelihood,
    long Observations,
    int Groups,
    IReadOnlyList<GroupEffect> GroupEffects)
{
    /// <summary>θ = τ²/σ², the quantity the likelihood is profiled over; 0 at the boundary (no between-group variance).</summary>
    public double VarianceRatio => BetweenGroupVariance / ResidualVariance;

    public FixedEffect FixedEffect(string name) =>
        FixedEffects.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"The model has no fixed effect '{name}'.");
}
