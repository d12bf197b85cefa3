using Orientir.Domain.Registry;

namespace Orientir.Analytics.Context;

/// <summary>How the standardised passport components are combined into the index.</summary>
public enum ContextWeighting
{
    /// <summary>The first principal component of the complete cases' correlation matrix, signs fixed so that higher = better off.</summary>
    FirstPrincipalComponent,
    /// <summary>The documented weights of <see cref="ContextIndexSettings.FixedWeights"/>.</summary>
    FixedWeights,
}

/// <summary>The social context index (ИСБШ), the unfavourable share (ШНСУ) and the clusters of comparable schools. Defaults and sources: docs/methodology.md.</summary>
public sealed record ContextIndexSettings
{
    /// <summary>First principal component (default) or the fixed weights.</summary>
    public ContextWeighting Weighting { get; init; } = ContextWeighting.FirstPrincipalComponent;

    /// <summary>
    /// Weights of the seven passport shares in <see cref="SocialPassport.Shares"/> order (both parents with higher
    /// education, single parent, unemployed parents, low income, non-native Russian, disabilities, registered), used by
    /// <see cref="ContextWeighting.FixedWeights"/> and when too few complete cases leave no principal component. Magnitudes:
    /// the signs are the components' documented directions.
    /// </summary>
    public IReadOnlyList<double> FixedWeights { get; init; } = [1, 1, 1, 1, 1, 1, 1];

    /// <summary>Shares are turned into logits before standardising (a share is bounded; its logit is not).</summary>
    public bool LogitTransform { get; init; } = true;

    /// <summary>A share is kept this far (percent) from 0 and 100 before its logit: a reported 0.0 % is not minus infinity.</summary>
    public double LogitFloorPercent { get; init; } = 0.5;

    /// <summary>Standardised components are clipped to ± this many SD, so one extreme share cannot decide the index alone.</summary>
    public double ClipSd { get; init; } = 3;

    /// <summary>
    /// The disabilities share is not a social component in special (correctional) schools, whose students have
    /// disabilities by definition; there it is treated as not reported.
    /// </summary>
    public bool IgnoreDisabilitiesInSpecialSchools { get; init; } = true;

    /// <summary>A school needs at least this many of the seven components for an index; with fewer it is «нет данных».</summary>
    public int MinimumComponents { get; init; } = 4;

    /// <summary>The principal component needs at least this many complete cases, else the fixed weights are used.</summary>
    public int MinimumCompleteCases { get; init; } = 30;

    /// <summary>The bottom share of schools by the index that are in unfavourable social conditions (ШНСУ), 0–1.</summary>
    public double UnfavourableShare { get; init; } = 0.15;

    /// <summary>Number of context bands (equal shares of schools by the index; band 1 is the least favourable).</summary>
    public int BandCount { get; init; } = 3;

    /// <summary>The programme-type group of each school type: the first half of a cluster.</summary>
    public IReadOnlyDictionary<SchoolType, string> ProgrammeGroups { get; init; } = new Dictionary<SchoolType, string>
    {
        [SchoolType.General] = "general",
        [SchoolType.Gymnasium] = "advanced",
        [SchoolType.Lyceum] = "advanced",
        [SchoolType.Advanced] = "advanced",
        [SchoolType.Small] = "small",
        [SchoolType.Evening] = "evening",
        [SchoolType.Special] = "special",
    };

    public static ContextIndexSettings Default { get; } = new();
}
