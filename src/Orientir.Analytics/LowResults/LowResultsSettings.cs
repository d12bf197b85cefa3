namespace Orientir.Analytics.LowResults;

/// <summary>Schools with low results (ШНОР): the composite of key results and the rule that lists a school. Defaults and sources: docs/methodology.md.</summary>
public sealed record LowResultsSettings
{
    public static LowResultsSettings Default { get; } = new();
}
