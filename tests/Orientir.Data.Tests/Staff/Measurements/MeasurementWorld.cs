using Orientir.Data.Database;
using Orientir.Domain.Imports;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Measurements;

/// <summary>
/// A hand-built region in a fresh database of one provider: fifteen schools, one mathematics procedure of 2025 with four
/// tasks on skills A, B and C (task 3 checks A and C), a class «4А» of twelve works in schools 1–14 and of five in school
/// 15. Teachers: <see cref="Weak"/> teaches 4А of school 1, whose students score nothing on the task of skill B;
/// <see cref="Typical"/> teaches 4А of school 2; <see cref="Small"/> teaches the small class of school 15;
/// <see cref="Diagnosed"/> has a 2025 diagnostic of SUBJ 8/20, METH 15/20 and an unknown competence 5/10.
/// </summary>
public sealed class MeasurementWorld : IAsyncDisposable
{
    public const string Procedure = "VPR-2025-MA-4";
    public const string Diagnostic = "DIAG-2025-MA";

    private MeasurementWorld(TestDatabase database, OrientirDbContext db) => (Database, Db) = (database, db);

    public TestDatabase Database { get; }
    public OrientirDbContext Db { get; }
    public int Weak { get; private set; }
    public int Typical { get; private set; }
    public int Small { get; private set; }
    public int Diagnosed { get; private set; }

    public static async Task<MeasurementWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var db = database.CreateContext();
        var world = new MeasurementWorld(database, db);
        var batch = new ImportBatch("test", "0", DateTime.UtcNow, "test", 0);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        var municipality = new Municipality("M01", "Первый район", batch.Id);
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        var schools = Enumerable.Range(1, 15)
            .Select(i => new School($"edu{i:00}", municipality.Id, $"Школа {i}", SchoolType.General, Locality.Urban, 500, SocialPassport.Unknown, batch.Id))
            .ToList();
        db.Schools.AddRange(schools);
        var procedure = new AssessmentProcedure(Procedure, ProcedureKind.Vpr, "MA", 4, 2025, 6, null, null, batch.Id);
        procedure.ReplaceTasks([
            new AssessmentTask(0, "1", 2, TaskLevel.Basic, ["A"], batch.Id),
            new AssessmentTask(1, "2", 2, TaskLevel.Basic, ["B"], batch.Id),
            new AssessmentTask(2, "3", 1, TaskLevel.Basic, ["A", "C"], batch.Id),
            new AssessmentTask(3, "4", 1, TaskLevel.Advanced, ["C"], batch.Id),
        ]);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();

        var random = new Random(7);
        for (var s = 0; s < schools.Count; s++)
        {
            for (var w = 0; w < (s == 14 ? 5 : 12); w++)
            {
                byte[] scores = [(byte)random.Next(0, 3), s == 0 ? (byte)0 : (byte)random.Next(1, 3), (byte)random.Next(0, 2),
                    w % 7 == 0 ? StudentWork.NotDone : (byte)random.Next(0, 2)];
                var primary = scores.Sum(x => x == StudentWork.NotDone ? 0 : x);
                db.Works.Add(new StudentWork(procedure.Id, schools[s].Id, $"P{s:00}{w:00}", null, "4А", null, null, scores, primary, null, batch.Id));
            }
        }
        var teachers = new[] { "T001", "T002", "T015", "T100" }
            .Select((code, i) => new Teacher { Code = code, SchoolId = schools[i == 2 ? 14 : i].Id, Subjects = "MA", ExperienceYears = 10, ImportBatchId = batch.Id })
            .ToList();
        db.Teachers.AddRange(teachers);
        await db.SaveChangesAsync();
        (world.Weak, world.Typical, world.Small, world.Diagnosed) = (teachers[0].Id, teachers[1].Id, teachers[2].Id, teachers[3].Id);
        // The teacher file writes the label in its own case; the class is the same.
        world.Link(world.Weak, schools[0].Id, "4а", batch.Id);
        world.Link(world.Typical, schools[1].Id, "4А", batch.Id);
        world.Link(world.Small, schools[14].Id, "4А", batch.Id);
        foreach (var (code, score, max) in new[] { ("SUBJ", 8.0, 20.0), ("METH", 15.0, 20.0), ("NOT-IN-REFERENCE", 5.0, 10.0) })
            db.TeacherDiagnostics.Add(new TeacherDiagnostic
            {
                TeacherId = world.Diagnosed, Procedure = Diagnostic, Year = 2025, CompetenceCode = code, Score = score, MaxScore = max, ImportBatchId = batch.Id,
            });
        await db.SaveChangesAsync();
        return world;
    }

    private void Link(int teacherId, int schoolId, string label, long batchId) =>
        Db.TeacherClasses.Add(new TeacherClass { TeacherId = teacherId, SchoolId = schoolId, ClassLabel = label, Subject = "MA", Year = 2025, ImportBatchId = batchId });

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }
}
