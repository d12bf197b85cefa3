namespace Orientir.Analytics.Context;

/// <summary>The social context index (ИСБШ), the unfavourable share (ШНСУ) and the clusters of comparable schools. Defaults and sources: docs/methodology.md.</summary>
public sealed record ContextIndexSettings
{
    public static ContextIndexSettings Default { get; } = new();
}
