namespace Orientir.Analytics.Objectivity;

/// <summary>Signs of non-objective results: each marker's statistic and threshold, and the rule that lists a school. Defaults and sources: docs/methodology.md.</summary>
public sealed record ObjectivitySettings
{
    public static ObjectivitySettings Default { get; } = new();
}
