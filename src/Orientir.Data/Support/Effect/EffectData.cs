using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Effect;
using Orientir.Data.Database;

namespace Orientir.Data.Support.Effect;

/// <summary>
/// Reads what the effect of a programme year needs, region-wide (comparison schools come from the whole region whoever
/// asks; scope decides only what is shown): the year's in-force list, every school ever on an in-force list, the ИСБШ of
/// the list's source run, and per school × procedure the sums of the score fractions from the programme year on.
/// </summary>
internal static class EffectData
{
    /// <summary>The input of <paramref name="year"/>'s effect, or null when the year has no approved list.</summary>
    public static async Task<EffectInput?> LoadAsync(OrientirDbContext db, int year, SupportEffectSettings settings, CancellationToken cancellationToken)
    {
        var inForce = SupportSchoolQueries.InForceListsOf(db);
        var list = await inForce.Where(l => l.Year == year).Select(l => new { l.Id, l.SourceRunId }).SingleOrDefaultAsync(cancellationToken);
        if (list is null) return null;
        var onLists = await inForce.Join(db.TargetListSchools.Where(e => e.Included), l => l.Id, e => e.TargetListId, (l, e) => new { l.Id, e.SchoolId })
            .ToListAsync(cancellationToken);
        var targets = onLists.Where(e => e.Id == list.Id).Select(e => e.SchoolId).Distinct().ToList();
        var everTargeted = onLists.Select(e => e.SchoolId).ToHashSet();
        var context = await db.SchoolAnalysisEntries.AsNoTracking()
            .Where(e => e.RunId == list.SourceRunId && e.ContextIndex != null)
            .Select(e => new { e.SchoolId, e.ContextIndex })
            .ToDictionaryAsync(e => e.SchoolId, e => e.ContextIndex!.Value, cancellationToken);

        var cells = await CellsAsync(db, year, settings, cancellationToken);
        return new EffectInput(year, targets, everTargeted, SchoolOutcomes.Compute(cells, settings.MinimumWorks), context,
            cells.Select(c => c.Year).Distinct().Order().ToList());
    }

    /// <summary>The programme years: the years with an approved list, the newest first.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(OrientirDbContext db, CancellationToken cancellationToken) =>
        await SupportSchoolQueries.InForceListsOf(db).Select(l => l.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    private static async Task<List<ProcedureCell>> CellsAsync(OrientirDbContext db, int year, SupportEffectSettings settings, CancellationToken cancellationToken)
    {
        // Procedures are few: their kinds are filtered here, so the works' query carries only a list of ids.
        var kinds = settings.OutcomeKinds.ToHashSet();
        var procedures = (await db.Procedures.AsNoTracking().Where(p => p.Year >= year).Select(p => new { p.Id, p.Kind }).ToListAsync(cancellationToken))
            .Where(p => kinds.Contains(p.Kind)).Select(p => p.Id).ToList();
        if (procedures.Count == 0) return [];
        var sums = await (from w in db.Works.AsNoTracking()
                          where procedures.Contains(w.ProcedureId)
                          join p in db.Procedures on w.ProcedureId equals p.Id
                          let fraction = (double)w.PrimaryScore / p.MaxScore
                          group fraction by new { w.SchoolId, w.ProcedureId, p.Year } into g
                          select new { g.Key.SchoolId, g.Key.ProcedureId, g.Key.Year, Works = g.Count(), Sum = g.Sum(), Squares = g.Sum(f => f * f) })
            .ToListAsync(cancellationToken);
        return sums.Select(s => new ProcedureCell(s.SchoolId, s.ProcedureId, s.Year, s.Works, s.Sum, s.Squares)).ToList();
    }
}
