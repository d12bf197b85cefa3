namespace Orientir.Analytics.Schools;

public enum ResilienceRule
{
    /// <summary>In unfavourable conditions and the whole 95 % interval of the context-adjusted effect above zero.</summary>
    EffectIntervalAboveZero,
    /// <summary>In unfavourable conditions and the effect at or above the region's median (a softer rule some regions use).</summary>
    EffectAtOrAboveMedian,
}

/// <summary>Resilient schools (резильентные школы). Defaults and sources: docs/methodology.md.</summary>
public sealed record ResilienceSettings
{
    public ResilienceRule Rule { get; init; } = ResilienceRule.EffectIntervalAboveZero;

    public static ResilienceSettings Default { get; } = new();
}
