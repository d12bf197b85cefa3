using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff;

public enum DeficitOutcome
{
    /// <summary>No measurement of the same competence or skill after the route's year yet.</summary>
    NotMeasured,
    /// <summary>The newest later measurement is still a deficit.</summary>
    Persisting,
    /// <summary>The newest later measurement is no longer a deficit.</summary>
    Closed,
}

/// <summary>A route deficit's re-measurement: the newest later measurement of the same teacher, source and code, if any.</summary>
public sealed record DeficitRemeasurement(long RouteDeficitId, DeficitOutcome Outcome, int? Year, double? Value, double? Reference,
    string? EvidenceJson);

/// <summary>
/// The one rule that says whether a route's deficit closed (docs/methodology.md §6): the newest measurement of the same
/// teacher, source and code in a year after the route's baseline decides — no longer a deficit is closed, still one is
/// persisting, none yet is not measured. Used by the route pages and the dashboards alike.
/// </summary>
public static class Remeasurement
{
    public static async Task<IReadOnlyDictionary<long, DeficitRemeasurement>> OfAsync(OrientirDbContext db,
        IReadOnlyCollection<long> routeDeficitIds, CancellationToken cancellationToken = default)
    {
        var deficits = await (from d in db.RouteDeficits
                              where routeDeficitIds.Contains(d.Id)
                              join r in db.IndividualRoutes on d.RouteId equals r.Id
                              select new { d.Id, r.TeacherId, d.Source, d.Code, d.Year }).ToListAsync(cancellationToken);
        var teachers = deficits.Select(d => d.TeacherId).Distinct().ToList();
        var measurements = await db.TeacherMeasurements.AsNoTracking()
            .Where(m => teachers.Contains(m.TeacherId))
            .Select(m => new { m.Id, m.TeacherId, m.Source, m.Code, m.Year, m.IsDeficit, m.Value, m.Reference, m.EvidenceJson })
            .ToListAsync(cancellationToken);
        var byKey = measurements.ToLookup(m => (m.TeacherId, m.Source, m.Code));
        var result = new Dictionary<long, DeficitRemeasurement>(deficits.Count);
        foreach (var d in deficits)
        {
            var later = byKey[(d.TeacherId, d.Source, d.Code)].Where(m => m.Year > d.Year)
                .OrderByDescending(m => m.Year).ThenByDescending(m => m.Id).FirstOrDefault();
            result[d.Id] = later is null
                ? new DeficitRemeasurement(d.Id, DeficitOutcome.NotMeasured, null, null, null, null)
                : new DeficitRemeasurement(d.Id, later.IsDeficit ? DeficitOutcome.Persisting : DeficitOutcome.Closed,
                    later.Year, later.Value, later.Reference, later.EvidenceJson);
        }
        return result;
    }
}
