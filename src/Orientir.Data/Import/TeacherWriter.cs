using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Import;

/// <summary>
/// Stores the checked teacher files inside the import's transaction: teachers upserted by code (a teacher absent
/// from a new teachers.csv stays), teacher_classes.csv replacing the links of the years it holds, and
/// teacher_diagnostics.csv replacing the results of the diagnostics it holds.
/// </summary>
internal sealed class TeacherWriter(OrientirDbContext context, PackageContent content, Func<PackageFileKind, long> batchOf)
{
    /// <summary>Rows per SaveChanges: a region's links and diagnostics are a few hundred thousand rows.</summary>
    private const int Chunk = 5_000;

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        if (content.Teachers is null && content.TeacherClasses is null && content.TeacherDiagnostics is null) return;
        var schools = await context.Schools.AsNoTracking()
            .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        await WriteTeachersAsync(schools, cancellationToken);
        var teachers = await context.Teachers.AsNoTracking()
            .ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.Ordinal, cancellationToken);
        await WriteClassesAsync(teachers, schools, cancellationToken);
        await WriteCompetencesAsync(cancellationToken);
        await WriteDiagnosticsAsync(teachers, cancellationToken);
    }

    private async Task WriteTeachersAsync(Dictionary<string, int> schools, CancellationToken cancellationToken)
    {
        if (content.Teachers is not { } rows) return;
        var batch = batchOf(PackageFileKind.Teachers);
        var existing = await context.Teachers.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var row in rows)
        {
            var schoolId = schools[row.SchoolCode];
            if (!existing.TryGetValue(row.Code, out var teacher))
            {
                context.Teachers.Add(new Teacher
                {
                    Code = row.Code, SchoolId = schoolId, Subjects = row.Subjects, ExperienceYears = row.ExperienceYears,
                    Category = row.Category, ImportBatchId = batch,
                });
            }
            else if (teacher.SchoolId != schoolId || teacher.Subjects != row.Subjects
                     || teacher.ExperienceYears != row.ExperienceYears || teacher.Category != row.Category)
            {
                teacher.SchoolId = schoolId;
                teacher.Subjects = row.Subjects;
                teacher.ExperienceYears = row.ExperienceYears;
                teacher.Category = row.Category;
                teacher.ImportBatchId = batch;
            }
        }
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();
    }

    private async Task WriteClassesAsync(Dictionary<string, int> teachers, Dictionary<string, int> schools,
        CancellationToken cancellationToken)
    {
        if (content.TeacherClasses is not { } rows) return;
        var batch = batchOf(PackageFileKind.TeacherClasses);
        var years = rows.Select(r => r.Year).Distinct().ToList();
        await context.TeacherClasses.Where(c => years.Contains(c.Year)).ExecuteDeleteAsync(cancellationToken);
        await AddInChunksAsync(rows.Select(r => new TeacherClass
        {
            TeacherId = teachers[r.TeacherCode], SchoolId = schools[r.SchoolCode], ClassLabel = r.ClassLabel,
            Subject = r.Subject, Year = r.Year, ImportBatchId = batch,
        }), cancellationToken);
    }

    private async Task WriteCompetencesAsync(CancellationToken cancellationToken)
    {
        if (content.NewCompetences.Count == 0) return;
        // Ids are given explicitly: the seeded competences were inserted with theirs, so PostgreSQL's identity
        // sequence has not moved past them.
        var next = (await context.Competences.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0) + 1;
        foreach (var code in content.NewCompetences)
            context.Competences.Add(new Competence { Id = next++, Code = code, Name = code });
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();
    }

    private async Task WriteDiagnosticsAsync(Dictionary<string, int> teachers, CancellationToken cancellationToken)
    {
        if (content.TeacherDiagnostics is not { } rows) return;
        var batch = batchOf(PackageFileKind.TeacherDiagnostics);
        var procedures = rows.Select(r => r.Procedure).Distinct(StringComparer.Ordinal).ToList();
        await context.TeacherDiagnostics.Where(d => procedures.Contains(d.Procedure)).ExecuteDeleteAsync(cancellationToken);
        await AddInChunksAsync(rows.Select(r => new TeacherDiagnostic
        {
            TeacherId = teachers[r.TeacherCode], Procedure = r.Procedure, Year = r.Year, CompetenceCode = r.Competence,
            Score = r.Score, MaxScore = r.MaxScore, ImportBatchId = batch,
        }), cancellationToken);
    }

    private async Task AddInChunksAsync<T>(IEnumerable<T> entities, CancellationToken cancellationToken) where T : class
    {
        var autoDetect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in entities.Chunk(Chunk))
            {
                context.AddRange(chunk);
                await context.SaveChangesAsync(cancellationToken);
                context.ChangeTracker.Clear();
            }
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
