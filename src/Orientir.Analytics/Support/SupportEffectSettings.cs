using Orientir.Domain.Results;

namespace Orientir.Analytics.Support;

/// <summary>
/// Every threshold and rule of the effect of support: the outcome, the matching of comparison schools, the difference in
/// differences, the exit rule (part of the methodology version). Formulas and sources: docs/methodology.md §5.4.
/// </summary>
public sealed record SupportEffectSettings
{
    public static SupportEffectSettings Default { get; } = new();

    /// <summary>
    /// The kinds of procedure whose works make a school's outcome; each work is standardised within its own procedure.
    /// Default: every kind of procedure.
    /// </summary>
    public IReadOnlyList<ProcedureKind> OutcomeKinds { get; init; } = Enum.GetValues<ProcedureKind>();

    /// <summary>A school-year with fewer works has no outcome (a mean of a few works is mostly noise). Default 10.</summary>
    public int MinimumWorks { get; init; } = 10;

    /// <summary>How many comparison schools are matched to each target school (nearest neighbours). Default 5.</summary>
    public int Comparisons { get; init; } = 5;

    /// <summary>A target school with fewer matched comparison schools in a year gets no estimate for it. Default 3.</summary>
    public int MinimumComparisons { get; init; } = 3;

    /// <summary>
    /// The largest distance of a comparison school from the target school, in standard deviations of the standardised
    /// baseline outcome and ИСБШ (Euclidean). Default 1.0.
    /// </summary>
    public double Caliper { get; init; } = 1.0;

    /// <summary>
    /// Correct each comparison school's change for its baseline gap to the target school with the pool's regression of
    /// change on baseline (Abadie &amp; Imbens 2011 bias-corrected matching): it removes what is left of regression to the
    /// mean inside the caliper. Default on.
    /// </summary>
    public bool BiasCorrection { get; init; } = true;

    /// <summary>The level of the intervals (Student's t). Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// How many latest consecutive follow-up years the school's improvement must hold (the whole interval above zero
    /// and the estimate at least <see cref="MinimumExitGain"/>) to be proposed for exit. Default 2.
    /// </summary>
    public int ExitYears { get; init; } = 2;

    /// <summary>The smallest difference in differences (in SD of works) that counts as an improvement for the exit rule. Default 0.</summary>
    public double MinimumExitGain { get; init; }

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems()
    {
        if (OutcomeKinds.Count == 0) yield return (nameof(OutcomeKinds), "укажите хотя бы один вид процедур");
        if (MinimumWorks < 1) yield return (nameof(MinimumWorks), "должно быть не меньше 1");
        if (Comparisons is < 2 or > 50) yield return (nameof(Comparisons), "должно быть от 2 до 50");
        if (MinimumComparisons < 2 || MinimumComparisons > Comparisons)
            yield return (nameof(MinimumComparisons), "должно быть не меньше 2 и не больше числа школ сравнения");
        if (!(Caliper > 0 && double.IsFinite(Caliper))) yield return (nameof(Caliper), "должно быть больше 0");
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1)) yield return (nameof(ConfidenceLevel), "должно быть долей больше 0 и меньше 1 (например, 0,95)");
        if (ExitYears is < 1 or > 10) yield return (nameof(ExitYears), "должно быть от 1 до 10");
        if (!(MinimumExitGain >= 0 && double.IsFinite(MinimumExitGain))) yield return (nameof(MinimumExitGain), "должно быть не меньше 0");
    }
}
