namespace Orientir.Analytics.Performance;

/// <summary>The context-adjusted performance: the two-level model of standardised scores and its school effects. Defaults and sources: docs/methodology.md.</summary>
public sealed record PerformanceSettings
{
    public static PerformanceSettings Default { get; } = new();
}
