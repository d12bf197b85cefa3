using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support.Risk;
using Orientir.Data.Database;

namespace Orientir.Data.Support.Risk;

/// <summary>Reads what the data says about every school of the region in a programme year (docs/support-risk.md).</summary>
public static class RiskDataMeasures
{
    public static async Task<IReadOnlyList<SchoolRiskMeasures>> LoadAsync(OrientirDbContext db, int year, CancellationToken cancellationToken = default)
    {
        var schools = await db.Schools.AsNoTracking()
            .Select(s => new { s.Id, s.Passport.Disabilities, s.Passport.NonNativeRussian })
            .ToListAsync(cancellationToken);
        // One row per school and student: a student counts once however many works they wrote.
        var students = await (from w in db.Works.AsNoTracking()
                              join p in db.Procedures on w.ProcedureId equals p.Id
                              where p.Year == year && w.Mark != null
                              group w by new { w.SchoolId, Key = w.Student ?? w.Participant } into g
                              select new { g.Key.SchoolId, Works = g.Count(), Twos = g.Count(x => x.Mark == 2) })
            .ToListAsync(cancellationToken);
        var bySchool = students.GroupBy(s => s.SchoolId).ToDictionary(g => g.Key, g => (
            Works: g.Sum(s => s.Works), Twos: g.Sum(s => s.Twos), Students: g.Count(), StudentsWithTwo: g.Count(s => s.Twos > 0)));
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
