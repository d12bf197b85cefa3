using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Context;

/// <summary>The seven shares of the social passport, in <see cref="Orientir.Domain.Registry.SocialPassport.Shares"/> order.</summary>
public enum PassportComponent
{
    BothParentsHigherEducation,
    SingleParent,
    UnemployedParents,
    LowIncome,
    NonNativeRussian,
    Disabilities,
    Registered,
}

/// <summary>
/// How one component enters the index: its direction (+1: a higher share is better off), its weight (the weights of
/// the components sum to 1) and the region's mean and SD of its (transformed) values that standardise it.
/// </summary>
public sealed record ContextComponentWeight(PassportComponent Component, int Sign, double Weight, double RegionMean, double RegionSd, int Schools);

/// <summary>
/// A school's social context. <see cref="Index"/> is null when the passport has fewer components than the minimum
/// (the school is «нет данных»: no percentile, band, cluster or ШНСУ flag). Band 1 is the least favourable.
/// </summary>
public sealed record SchoolContext(
    int SchoolId, double? Index, double? Percentile, bool Unfavourable, int? Band, string ProgrammeGroup, string? Cluster,
    int ComponentsUsed, IReadOnlyList<Evidence> Evidence)
{
    public bool InsufficientData => Index is null;
}

/// <summary>
/// The social context of the region's schools: the weighting actually used (the principal component falls back to the
/// fixed weights when there are too few complete cases), the weights, the index at or below which a school is ШНСУ,
/// and every school.
/// </summary>
public sealed record ContextIndexResult(
    ContextWeighting WeightingUsed, IReadOnlyList<ContextComponentWeight> Weights, double? UnfavourableThreshold,
    IReadOnlyList<SchoolContext> Schools)
{
    public SchoolContext Of(int schoolId) => Schools.First(s => s.SchoolId == schoolId);
}
