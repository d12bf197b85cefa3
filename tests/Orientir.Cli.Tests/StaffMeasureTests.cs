using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary><c>orientir staff measure</c> through the real command: teachers linked to a generated region's classes.</summary>
public class StaffMeasureTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Measures_the_linked_teachers_with_a_progress_line_and_a_second_run_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = await GeneratedPackage.CreateAsync(40, years: "2025");
        Assert.Equal(0, (await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString)).ExitCode);
        string procedureCode;
        int teachers, audited;
        await using (var db = database.CreateContext())
        {
            // The generated package brings its own teachers, measured by the import; this test links its own five instead.
            await db.TeacherMeasurements.ExecuteDeleteAsync();
            await db.Teachers.ExecuteDeleteAsync();
            audited = await db.Audit.CountAsync(a => a.Action == "staff.measurements.update");
            var procedure = await db.Procedures.Where(p => p.Subject == "MA" && p.Year == 2025).OrderBy(p => p.Code).FirstAsync();
            procedureCode = procedure.Code;
            var classes = (await db.Works.Where(w => w.ProcedureId == procedure.Id && w.ClassLabel != null)
                    .GroupBy(w => new { w.SchoolId, w.ClassLabel }).Select(g => new { g.Key.SchoolId, g.Key.ClassLabel, Works = g.Count() })
                    .ToListAsync())
                .Where(c => c.Works >= 10).OrderBy(c => c.SchoolId).ThenBy(c => c.ClassLabel).Take(5).ToList();
            teachers = classes.Count;
            var batch = await db.ImportBatches.Select(b => b.Id).FirstAsync();
            var rows = classes.Select((c, i) => new Teacher { Code = $"T{i:000}", SchoolId = c.SchoolId, Subjects = "MA", ExperienceYears = 5, ImportBatchId = batch }).ToList();
            db.Teachers.AddRange(rows);
            await db.SaveChangesAsync();
            for (var i = 0; i < classes.Count; i++)
                db.TeacherClasses.Add(new TeacherClass { TeacherId = rows[i].Id, SchoolId = classes[i].SchoolId, ClassLabel = classes[i].ClassLabel!, Subject = "MA", Year = 2025, ImportBatchId = batch });
            db.TeacherDiagnostics.Add(new TeacherDiagnostic { TeacherId = rows[0].Id, Procedure = "DIAG-2025-MA", Year = 2025, CompetenceCode = "SUBJ", Score = 3, MaxScore = 10, ImportBatchId = batch });
            await db.SaveChangesAsync();
        }

        var first = await OrientirProcess.RunAsync("staff", "measure", "--db", database.ConnectionString);
        var second = await OrientirProcess.RunAsync("staff", "measure", "--user", "methodologist", "--db", database.ConnectionString);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Equal(5, teachers);
        await using (var db = database.CreateContext())
        {
            var results = await db.TeacherMeasurements.CountAsync(m => m.Source == MeasurementSource.Results && m.ProcedureCode == procedureCode);
            Assert.True(results >= teachers, $"results measurements: {results}");
            var total = await db.TeacherMeasurements.CountAsync();
            Assert.True(first.All.Contains($"изменено строк {total}."), first.All);
            Assert.Contains("Диагностика: измерений 1, дефицитов 1.", first.All);
            Assert.Contains($"Результаты учеников: измерений {results},", first.All);
            Assert.Equal(audited + 1, await db.Audit.CountAsync(a => a.Action == "staff.measurements.update"));
        }
        Assert.Contains($"2025: процедура 1 из ", first.All);
        Assert.Contains(procedureCode, first.All);
        Assert.Contains("изменено строк 0.", second.All);
    }
}
