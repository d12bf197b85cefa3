using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Data.Results;

namespace Orientir.Data.Schools;

/// <summary>
/// Reads what the school analytics of a year need: every school of the region and the works of the procedures from
/// <see cref="YearsBack"/> years before the year to the year after it, with their students numbered across all of
/// them, and the per-school aggregates of the procedures without works. The analytics are a region-wide computation (a school's place is relative to the region), so the load is
/// not scoped; the published lists are read back through the scoped queries.
/// </summary>
public static class SchoolAnalysisLoader
{
    public const int YearsBack = 2;

    public static async Task<SchoolAnalysisInput> LoadAsync(OrientirDbContext db, int year, CancellationToken cancellationToken = default,
        IProgress<string>? progress = null)
    {
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SchoolProfile(s.Id, s.Code, s.MunicipalityId, s.Type, s.Locality, s.Students, s.Passport))
            .ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Tasks)
            .Where(p => p.Year >= year - YearsBack && p.Year <= year + 1)
            .ToListAsync(cancellationToken);
        var counts = await db.Works.Where(w => procedures.Select(p => p.Id).Contains(w.ProcedureId))
            .GroupBy(w => w.ProcedureId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var studentKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var works = new List<ProcedureWorks>(procedures.Count);
        foreach (var procedure in procedures.OrderBy(p => p.Year).ThenBy(p => p.Code, StringComparer.Ordinal))
        {
            progress?.Report(procedure.Code);
            works.Add(await ProcedureWorksLoader.LoadAsync(db, procedure.Id, ProcedureWorksLoader.Design(procedure),
                counts.GetValueOrDefault(procedure.Id), cancellationToken, studentKeys));
        }
        // Procedures without works may have per-school forms: the low-results list reads those instead.
        var withoutWorks = procedures.Where(p => counts.GetValueOrDefault(p.Id) == 0).ToList();
        var forms = await AggregatesLoader.LoadAsync(db, [.. withoutWorks.Select(p => p.Id)], cancellationToken);
        var aggregates = withoutWorks.Where(p => forms.ContainsKey(p.Id))
            .OrderBy(p => p.Year).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new ProcedureAggregates(ProcedureWorksLoader.Design(p), forms[p.Id]))
            .ToList();
        return new SchoolAnalysisInput(year, schools, works, aggregates);
    }
}
