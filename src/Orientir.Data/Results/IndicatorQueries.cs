using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Domain.Access;

namespace Orientir.Data.Results;

public enum IndicatorLevel
{
    Region,
    Municipality,
    School,
}

/// <summary>One group's indicators in one procedure.</summary>
public sealed record LevelIndicators(IndicatorLevel Level, string Code, string Name, ProcedureIndicators Indicators);

/// <summary>
/// A procedure's indicators at every level the scope sees: the region (always, as the baseline every group is
/// compared with), each municipality and each school in scope.
/// </summary>
public sealed record ProcedureIndicatorSet(
    ProcedureDesign Design,
    LevelIndicators Region,
    IReadOnlyList<LevelIndicators> Municipalities,
    IReadOnlyList<LevelIndicators> Schools);

/// <summary>A series of the same procedure kind, subject and grade over the years, for one group.</summary>
public sealed record DynamicsSeries(string Title, IReadOnlyList<DynamicsPoint> Points);

/// <summary>
/// The scoped read side of the indicators: pages, the API and the CLI read through it. Schools and municipalities
/// out of scope are neither listed nor found (null).
/// </summary>
public sealed class IndicatorQueries(OrientirDbContext db, AccessScope scope, IndicatorSettings settings)
{
    public AccessScope Scope { get; } = scope;
    public IndicatorSettings Settings { get; } = settings;
    internal OrientirDbContext Db { get; } = db;

    public Task<ProcedureIndicatorSet?> ProcedureAsync(string procedureCode, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");

    /// <summary>Every procedure of the year (or the one given), in code order.</summary>
    public Task<IReadOnlyList<ProcedureIndicatorSet>> YearAsync(int year, string? procedureCode = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");

    /// <summary>One group's series (region: code ignored), one per procedure kind × subject × grade; null when out of scope.</summary>
    public Task<IReadOnlyList<DynamicsSeries>?> DynamicsAsync(IndicatorLevel level, string? code, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");
}
