using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;

namespace Orientir.Data.Results;

/// <summary>
/// Reads procedures' per-school aggregates into the analytics' records. A procedure has one row per school at most,
/// so even the region's thousands of schools are read as they are, without caching.
/// </summary>
internal static class AggregatesLoader
{
    public static async Task<IReadOnlyList<SchoolAggregate>> LoadAsync(OrientirDbContext db, int procedureId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [procedureId], cancellationToken)).GetValueOrDefault(procedureId) ?? [];

    /// <summary>The aggregates of the given procedures, by procedure id; procedures without any are absent.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<SchoolAggregate>>> LoadAsync(OrientirDbContext db, IReadOnlyCollection<int> procedureIds,
        CancellationToken cancellationToken)
    {
        var ids = procedureIds.ToList();
        var rows = await db.SchoolResultAggregates.AsNoTracking().Where(a => ids.Contains(a.ProcedureId))
            .Select(a => new
            {
                a.ProcedureId,
                School = new SchoolAggregate(a.SchoolId, a.Participants, a.Mark2Share, a.Mark3Share, a.Mark4Share, a.Mark5Share,
                    a.BelowMinimum, a.Score80To99, a.Score100, a.MeanScore, a.MeanMark),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProcedureId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SchoolAggregate>)[.. g.Select(r => r.School).OrderBy(s => s.SchoolId)]);
    }
}
