using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Staff.Measurements;
using Orientir.Domain.Imports;
using Orientir.Domain.Results;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Measurements;

/// <summary>The recomputation goes procedure by procedure; a procedure's rows change only with its own data.</summary>
public class PerProcedureRecomputeTests
{
    private const string Second = "VPR-2025-MA-5";

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Removing_one_procedures_works_deletes_exactly_its_measurements_and_keeps_the_others(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);
        await AddSecondProcedureAsync(world);
        Assert.Equal(15, await UpdateAsync(world));
        var kept = await world.Db.TeacherMeasurements.AsNoTracking().Where(m => m.ProcedureCode != Second)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.ComputedAtUtc, m.EvidenceJson }).ToListAsync();
        Assert.Equal(6, await world.Db.TeacherMeasurements.CountAsync(m => m.ProcedureCode == Second));
        var secondId = await world.Db.Procedures.Where(p => p.Code == Second).Select(p => p.Id).SingleAsync();
        await world.Db.Works.Where(w => w.ProcedureId == secondId).ExecuteDeleteAsync();

        var changed = await UpdateAsync(world);

        Assert.Equal(6, changed);
        Assert.Equal(0, await world.Db.TeacherMeasurements.CountAsync(m => m.ProcedureCode == Second));
        Assert.Equal(kept, await world.Db.TeacherMeasurements.AsNoTracking()
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.ComputedAtUtc, m.EvidenceJson }).ToListAsync());
        Assert.Contains("inserted=0 updated=0 deleted=6",
            (await world.Db.Audit.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == TeacherMeasurementUpdater.AuditAction)).Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_second_run_over_two_procedures_changes_nothing(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);
        await AddSecondProcedureAsync(world);
        await UpdateAsync(world);
        var before = await world.Db.TeacherMeasurements.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.ProcedureCode, m.Code, m.Value, m.ComputedAtUtc }).ToListAsync();

        var changed = await UpdateAsync(world, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(0, changed);
        Assert.Equal(15, before.Count);
        Assert.Equal(before, await world.Db.TeacherMeasurements.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.ProcedureCode, m.Code, m.Value, m.ComputedAtUtc }).ToListAsync());
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == TeacherMeasurementUpdater.AuditAction));
    }

    /// <summary>A second mathematics procedure of 2025 with the first one's tasks and a copy of its works, so the same teachers get a second set of skills.</summary>
    private static async Task AddSecondProcedureAsync(MeasurementWorld world)
    {
        var first = await world.Db.Procedures.AsNoTracking().Include(p => p.Tasks).SingleAsync(p => p.Code == MeasurementWorld.Procedure);
        var batch = await world.Db.ImportBatches.AsNoTracking().OrderBy(b => b.Id).FirstAsync();
        var second = new AssessmentProcedure(Second, ProcedureKind.Vpr, "MA", 5, 2025, 6, null, null, batch.Id);
        second.ReplaceTasks(first.Tasks.Select(t => new AssessmentTask(t.Number, t.Label, t.MaxScore, t.Level, t.Skills, batch.Id)).ToList());
        world.Db.Procedures.Add(second);
        await world.Db.SaveChangesAsync();
        var works = await world.Db.Works.AsNoTracking().Where(w => w.ProcedureId == first.Id).ToListAsync();
        world.Db.Works.AddRange(works.Select(w => new StudentWork(second.Id, w.SchoolId, w.Participant, null, w.ClassLabel, null, null, w.Scores, w.PrimaryScore, null, batch.Id)));
        await world.Db.SaveChangesAsync();
    }

    private static async Task<int> UpdateAsync(MeasurementWorld world, DateTime? now = null)
    {
        await using var db = world.Database.CreateContext();
        var time = new FixedTime(now ?? new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc));
        return await new TeacherMeasurementUpdater(db, time).UpdateAsync("cli");
    }

    private sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
