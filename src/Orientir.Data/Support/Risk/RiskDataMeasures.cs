using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support.Risk;
using Orientir.Data.Database;

namespace Orientir.Data.Support.Risk;

/// <summary>Reads what the data says about every school of the region in a programme year (docs/methodology.md §5.2).</summary>
public static class RiskDataMeasures
{
    /// <summary>
    /// The results year the «2» measures of a programme year read: the programme year itself when it has marked works,
    /// else the newest earlier year that has (a programme year's list is formed before its own results come in).
    /// </summary>
    public static async Task<int?> ResultsYearAsync(OrientirDbContext db, int year, CancellationToken cancellationToken = default) =>
        await db.Procedures.AsNoTracking().Where(p => p.Year <= year && db.Works.Any(w => w.ProcedureId == p.Id && w.Mark != null))
            .MaxAsync(p => (int?)p.Year, cancellationToken);

    /// <summary>Every school of the region with its measures; the «2» measures come from works of <paramref name="resultsYear"/> (none when null).</summary>
    public static async Task<IReadOnlyList<SchoolRiskMeasures>> LoadAsync(OrientirDbContext db, int year, int? resultsYear, CancellationToken cancellationToken = default)
    {
        var schools = await db.Schools.AsNoTracking()
            .Select(s => new { s.Id, s.Passport.Disabilities, s.Passport.NonNativeRussian })
            .ToListAsync(cancellationToken);
        // A student counts once however many works they wrote: per student first, then per school, all in the database.
        var perStudent = from w in db.Works.AsNoTracking()
                         join p in db.Procedures on w.ProcedureId equals p.Id
                         where p.Year == resultsYear && w.Mark != null
                         group w by new { w.SchoolId, Key = w.Student ?? w.Participant } into g
                         select new { g.Key.SchoolId, Works = g.Count(), Twos = g.Count(x => x.Mark == 2) };
        var bySchool = await (from s in perStudent
                              group s by s.SchoolId into g
                              select new
                              {
                                  SchoolId = g.Key, Works = g.Sum(s => s.Works), Twos = g.Sum(s => s.Twos),
                                  Students = g.Count(), StudentsWithTwo = g.Count(s => s.Twos > 0),
                              })
            .ToDictionaryAsync(s => s.SchoolId, s => (s.Works, s.Twos, s.Students, s.StudentsWithTwo), cancellationToken);
        var effects = await EffectsAsync(db, year, cancellationToken);
        return schools.Select(s =>
        {
            var works = bySchool.GetValueOrDefault(s.Id);
            var effect = effects.GetValueOrDefault(s.Id);
            return new SchoolRiskMeasures(s.Id, works.Works, works.Twos, works.Students, works.StudentsWithTwo,
                s.Disabilities, s.NonNativeRussian, effect.Effect, effect.Upper);
        }).ToList();
    }

    // The run in force for the year: the newest run of the newest year up to the programme year.
    private static async Task<Dictionary<int, (double? Effect, double? Upper)>> EffectsAsync(OrientirDbContext db, int year, CancellationToken cancellationToken)
    {
        var runId = await db.SchoolAnalysisRuns.AsNoTracking().Where(r => r.Year <= year)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (runId is null) return [];
        var entries = await db.SchoolAnalysisEntries.AsNoTracking().Where(e => e.RunId == runId)
            .Select(e => new { e.SchoolId, e.LevelEffect, e.LevelUpper }).ToListAsync(cancellationToken);
        return entries.ToDictionary(e => e.SchoolId, e => (e.LevelEffect, e.LevelUpper));
    }
}
