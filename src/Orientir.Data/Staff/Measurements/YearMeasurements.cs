using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Staff;
using Orientir.Analytics.Staff.Deficits;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Measurements;

/// <summary>A measurement as the data and the methodology make it, before it is compared with the stored row.</summary>
public sealed record MeasurementRow(int TeacherId, int Year, MeasurementSource Source, string Code, string Subject, string ProcedureCode,
    double Value, double Reference, bool IsDeficit, int Works, string EvidenceJson)
{
    public (int TeacherId, MeasurementSource Source, string Code, string ProcedureCode) Key => (TeacherId, Source, Code, ProcedureCode);
}

/// <summary>How far a run is: the year, and the assessment procedure being measured in it (1-based of how many).</summary>
public sealed record MeasurementProgress(int Year, int Procedure, int Procedures, string ProcedureCode);

/// <summary>
/// Computes every teacher's measurements of one year from the data (docs/staff/deficits.md): a diagnostic row each,
/// and for each assessment procedure of a subject and year that teachers are linked to, each linked teacher's skills.
/// The caller takes the year's diagnostics and then one procedure at a time, so only one procedure's works and rows
/// are ever in memory.
/// </summary>
internal sealed class YearMeasurements(OrientirDbContext db, StaffDevelopmentSettings settings)
{
    /// <summary>What every procedure of the year shares: the teachers' classes, the excluded works, the procedures in order.</summary>
    public sealed record Year(int Number, IReadOnlyList<TeacherLink> Links, HashSet<(int SchoolId, string ProcedureCode)> Doubtful,
        IReadOnlyList<Domain.Results.AssessmentProcedure> Procedures);

    public sealed record TeacherLink(int TeacherId, int SchoolId, string ClassLabel, string Subject);

    public async Task<Year> YearAsync(int year, CancellationToken cancellationToken)
    {
        var links = await db.TeacherClasses.AsNoTracking().Where(c => c.Year == year)
            .Select(c => new TeacherLink(c.TeacherId, c.SchoolId, c.ClassLabel, c.Subject)).ToListAsync(cancellationToken);
        var subjects = links.Select(l => l.Subject).Distinct().ToList();
        var doubtful = await NonObjectiveAsync(year, cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Tasks)
            .Where(p => p.Year == year && subjects.Contains(p.Subject)).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        return new Year(year, links, doubtful, procedures);
    }

    /// <summary>The results measurements of one procedure of the year: its works streamed into classes, then each linked teacher's skills.</summary>
    public async Task<List<MeasurementRow>> ProcedureAsync(Year year, Domain.Results.AssessmentProcedure procedure, CancellationToken cancellationToken)
    {
        var rows = new List<MeasurementRow>();
        var results = new ProcedureResults(TaskDesign(procedure.Tasks));
        var works = db.Works.AsNoTracking().Where(w => w.ProcedureId == procedure.Id && w.ClassLabel != null)
            .Select(w => new { w.SchoolId, w.ClassLabel, w.Scores }).AsAsyncEnumerable();
        var excluded = year.Doubtful.Where(d => d.ProcedureCode == procedure.Code).Select(d => d.SchoolId).ToHashSet();
        await foreach (var work in works.WithCancellation(cancellationToken))
            if (!excluded.Contains(work.SchoolId))
                results.Add(work.SchoolId, work.ClassLabel, work.Scores, Domain.Results.StudentWork.NotDone);
        var benchmarks = ComparableClasses.Of(results, settings);
        foreach (var teacher in year.Links.Where(l => l.Subject == procedure.Subject).GroupBy(l => l.TeacherId))
        {
            var classes = teacher.Select(l => results.Find(l.SchoolId, l.ClassLabel)).OfType<ResultsClass>().ToList();
            foreach (var m in ResultsDeficits.Measure(results, benchmarks, classes, settings))
                rows.Add(new MeasurementRow(teacher.Key, year.Number, MeasurementSource.Results, m.Skill, procedure.Subject, procedure.Code,
                    m.Value, m.Comparable, m.IsDeficit, m.Works, EvidenceJson.Write(m.Evidence)));
        }
        return rows;
    }

    /// <summary>
    /// The schools' procedures with a raised sign of non-objective results in the year's run in force: a skill pattern
    /// of results that are not objective (hints on the hard tasks, marks pushed to thresholds) says nothing about
    /// teaching, so those works neither measure their teachers nor serve as comparable classes.
    /// </summary>
    private async Task<HashSet<(int SchoolId, string ProcedureCode)>> NonObjectiveAsync(int year, CancellationToken cancellationToken)
    {
        var runId = await db.SchoolAnalysisRuns.Where(r => r.Year == year).MaxAsync(r => (int?)r.Id, cancellationToken);
        if (runId is null) return [];
        var raised = await db.ObjectivityMarkers.AsNoTracking().Where(m => m.RunId == runId && m.Raised)
            .Select(m => new { m.SchoolId, m.ProcedureCode }).Distinct().ToListAsync(cancellationToken);
        return raised.Select(m => (m.SchoolId, m.ProcedureCode)).ToHashSet();
    }

    public async Task<List<MeasurementRow>> DiagnosticsAsync(int year, CancellationToken cancellationToken)
    {
        var diagnostics = await db.TeacherDiagnostics.AsNoTracking().Where(d => d.Year == year).ToListAsync(cancellationToken);
        return diagnostics.Select(d =>
        {
            var m = DiagnosticDeficits.Measure(d.Score, d.MaxScore, settings);
            return new MeasurementRow(d.TeacherId, year, MeasurementSource.Diagnostic, d.CompetenceCode, "", d.Procedure,
                m.Percent, m.Level, m.IsDeficit, 0, EvidenceJson.Write(m.Evidence));
        }).ToList();
    }

    /// <summary>The tasks by their position in the packed scores (<see cref="Domain.Results.AssessmentTask.Number"/>).</summary>
    private static List<(int MaxScore, IReadOnlyList<string> Skills)> TaskDesign(IReadOnlyList<Domain.Results.AssessmentTask> tasks)
    {
        var design = Enumerable.Repeat((0, (IReadOnlyList<string>)[]), tasks.Count == 0 ? 0 : tasks.Max(t => t.Number) + 1).ToList();
        foreach (var task in tasks) design[task.Number] = (task.MaxScore, task.Skills);
        return design;
    }
}
