using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Data.Staff.Measurements;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Measurements;

public class TeacherMeasurementUpdaterTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Stores_every_measurement_of_the_world_with_the_deficits_and_their_evidence(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);

        var changed = await UpdateAsync(world);

        var rows = await world.Db.TeacherMeasurements.AsNoTracking().ToListAsync();
        Assert.Equal(9, changed);
        Assert.Equal(9, rows.Count);
        var methodology = await new MethodologyStore(world.Db).CurrentAsync();
        Assert.All(rows, r => Assert.Equal(methodology.Id, r.MethodologyVersionId));

        var weak = rows.Where(r => r.TeacherId == world.Weak).OrderBy(r => r.Code).ToList();
        Assert.Equal(["A", "B", "C"], weak.Select(r => r.Code));
        Assert.All(weak, r => Assert.Equal((2025, MeasurementSource.Results, "MA", MeasurementWorld.Procedure, 12), (r.Year, r.Source, r.Subject, r.ProcedureCode, r.Works)));
        var b = weak[1];
        Assert.True(b.IsDeficit);
        Assert.Equal(0, b.Value);
        var evidence = EvidenceJson.ReadList(b.EvidenceJson).ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(["value", "comparable", "gap", "sd", "z", "works", "classes", "comparable_classes", "margin", "minimum_z"], evidence.Keys);
        Assert.Equal(b.Reference, evidence["comparable"]);
        Assert.Equal(b.Reference - b.Value, evidence["gap"], 9);
        Assert.Equal(13, evidence["comparable_classes"]);
        Assert.Equal(10, evidence["margin"]);

        Assert.Equal(3, rows.Count(r => r.TeacherId == world.Typical && r.Source == MeasurementSource.Results));
        Assert.DoesNotContain(rows, r => r.TeacherId == world.Small);

        var diagnosed = rows.Where(r => r.TeacherId == world.Diagnosed).ToDictionary(r => r.Code);
        Assert.Equal(["METH", "NOT-IN-REFERENCE", "SUBJ"], diagnosed.Keys.Order());
        Assert.Equal((40.0, 50.0, true, 0, "", MeasurementWorld.Diagnostic, MeasurementSource.Diagnostic),
            (diagnosed["SUBJ"].Value, diagnosed["SUBJ"].Reference, diagnosed["SUBJ"].IsDeficit, diagnosed["SUBJ"].Works, diagnosed["SUBJ"].Subject,
                diagnosed["SUBJ"].ProcedureCode, diagnosed["SUBJ"].Source));
        Assert.False(diagnosed["METH"].IsDeficit);
        Assert.False(diagnosed["NOT-IN-REFERENCE"].IsDeficit);
        Assert.Equal([("score", 8.0), ("max_score", 20.0), ("percent", 40.0), ("level", 50.0)],
            EvidenceJson.ReadList(diagnosed["SUBJ"].EvidenceJson).Select(e => (e.Key, e.Value)));

        var audit = await world.Db.Audit.SingleAsync(a => a.Action == TeacherMeasurementUpdater.AuditAction);
        Assert.Equal("cli", audit.UserName);
        Assert.Contains("inserted=9 updated=0 deleted=0", audit.Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_run_on_unchanged_data_changes_nothing_and_writes_no_audit_entry(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);
        await UpdateAsync(world);
        var before = await world.Db.TeacherMeasurements.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.ComputedAtUtc }).ToListAsync();

        var changed = await UpdateAsync(world, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(0, changed);
        Assert.Equal(before, await world.Db.TeacherMeasurements.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.ComputedAtUtc }).ToListAsync());
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == TeacherMeasurementUpdater.AuditAction));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_methodology_with_a_wider_margin_clears_the_deficit_and_stamps_its_version(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);
        await UpdateAsync(world);
        var store = new MethodologyStore(world.Db);
        var current = await store.CurrentAsync();
        var wider = await store.SaveAsync(current.Settings with { Staff = current.Settings.Staff with { ResultMargin = 99 } }, "Шире порог", "methodologist");

        var changed = await UpdateAsync(world);

        Assert.Equal(9, changed);
        var b = await world.Db.TeacherMeasurements.AsNoTracking().SingleAsync(m => m.TeacherId == world.Weak && m.Code == "B");
        Assert.False(b.IsDeficit);
        Assert.Equal(wider.Id, b.MethodologyVersionId);
        Assert.Equal(99, EvidenceJson.ReadList(b.EvidenceJson).Single(e => e.Key == "margin").Value);
        Assert.Contains("inserted=0 updated=9 deleted=0 methodology=2",
            (await world.Db.Audit.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == TeacherMeasurementUpdater.AuditAction)).Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Measurements_whose_data_vanished_are_deleted_and_changed_ones_updated(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);
        await UpdateAsync(world);
        world.Db.TeacherDiagnostics.Remove(await world.Db.TeacherDiagnostics.SingleAsync(d => d.CompetenceCode == "METH"));
        (await world.Db.TeacherDiagnostics.SingleAsync(d => d.CompetenceCode == "SUBJ")).Score = 12;
        world.Db.TeacherClasses.Remove(await world.Db.TeacherClasses.SingleAsync(c => c.TeacherId == world.Typical));
        await world.Db.SaveChangesAsync();

        var changed = await UpdateAsync(world);

        Assert.Equal(5, changed);
        var rows = await world.Db.TeacherMeasurements.AsNoTracking().ToListAsync();
        Assert.Equal(5, rows.Count);
        Assert.DoesNotContain(rows, r => r.TeacherId == world.Typical || r.Code == "METH");
        var subj = rows.Single(r => r.Code == "SUBJ");
        Assert.Equal((60.0, false), (subj.Value, subj.IsDeficit));
        Assert.Contains("inserted=0 updated=1 deleted=4",
            (await world.Db.Audit.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == TeacherMeasurementUpdater.AuditAction)).Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reports_each_procedure_as_it_is_measured(DatabaseProvider provider)
    {
        await using var world = await MeasurementWorld.CreateAsync(provider);
        var reports = new List<MeasurementProgress>();

        await new TeacherMeasurementUpdater(world.Database.CreateContext(), TimeProvider.System).UpdateAsync("cli", new SynchronousProgress(reports.Add));

        Assert.Equal([new MeasurementProgress(2025, 1, 1, MeasurementWorld.Procedure)], reports);
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

    private sealed class SynchronousProgress(Action<MeasurementProgress> report) : IProgress<MeasurementProgress>
    {
        public void Report(MeasurementProgress value) => report(value);
    }
}
