using Orientir.Domain.Results;

namespace Orientir.Analytics.Performance;

/// <summary>
/// The context-adjusted performance: the two-level model of standardised scores and its school effects.
/// Defaults and sources: docs/methodology.md (section «Контекстная результативность»).
/// </summary>
public sealed record PerformanceSettings
{
    /// <summary>
    /// The kinds of procedure pooled into the year's model; every procedure of these kinds in the year counts, each
    /// work standardised within its own procedure. Default: ВПР, РПР, ОГЭ, ЕГЭ — every procedure of results.
    /// </summary>
    public IReadOnlyList<ProcedureKind> Kinds { get; init; } = [ProcedureKind.Vpr, ProcedureKind.Rpr, ProcedureKind.Oge, ProcedureKind.Ege];

    /// <summary>
    /// How many years up to the analysed one are pooled (1 = the year alone, the default). The effect of a school is
    /// then its mean over those years' cohorts: a single year's three or four cohorts of some 30 students carry
    /// cohort-to-cohort noise of ≈ 0.15 SD each, which pooling divides by √years, at the price of reacting later to
    /// a real change.
    /// </summary>
    public int YearsPooled { get; init; } = 1;

    /// <summary>REML (default, as lme4::lmer) or ML for the variance components.</summary>
    public VarianceEstimation Estimation { get; init; } = VarianceEstimation.Reml;

    /// <summary>
    /// A school with fewer works in a model gets no effect (it is shown as not informative), the threshold of
    /// domain.md §4.1 for groups. Its works still inform the fixed effects and variances.
    /// </summary>
    public int MinimumWorks { get; init; } = 20;

    /// <summary>Adjust for the social context index (ИСБШ) as a school covariate.</summary>
    public bool AdjustForContextIndex { get; init; } = true;

    /// <summary>
    /// Adjust for the school type (one dummy per type present, general schools the reference): a gymnasium selects its
    /// students, so its higher mean is context, not value added.
    /// </summary>
    public bool AdjustForSchoolType { get; init; } = true;

    /// <summary>Also fit the growth model: works whose student wrote the same subject a year earlier, the prior score a covariate.</summary>
    public bool EstimateGrowth { get; init; } = true;

    /// <summary>The level of the school effects' intervals (0.95: û ± 1.96·SD).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    public static PerformanceSettings Default { get; } = new();
}
