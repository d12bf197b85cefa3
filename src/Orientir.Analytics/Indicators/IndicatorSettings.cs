namespace Orientir.Analytics.Indicators;

/// <summary>
/// The configurable defaults of domain.md §4.1 (docs/methodology.md gives each one's source). Percent, 0–100.
/// </summary>
public sealed record IndicatorSettings
{
    /// <summary>Groups with fewer participants are shown as not informative.</summary>
    public int InformativeMinimum { get; init; } = 20;
    /// <summary>Groups with fewer participants are suppressed in every output (privacy).</summary>
    public int SuppressionMinimum { get; init; } = 5;
    public double BasicSufficient { get; init; } = 60;
    public double BasicInsufficient { get; init; } = 57;
    /// <summary>Advanced (П) and high (В) tasks.</summary>
    public double AdvancedSufficient { get; init; } = 30;
    public double AdvancedInsufficient { get; init; } = 28.5;
    /// <summary>A rise of the share of "2" by at least this many percentage points is negative dynamics.</summary>
    public double NegativeDynamicsRise { get; init; } = 10;

    public static IndicatorSettings Default { get; } = new();
}
