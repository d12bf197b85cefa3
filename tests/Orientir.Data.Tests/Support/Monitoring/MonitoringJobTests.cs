using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support.Monitoring;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Monitoring;

public class MonitoringJobTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Only_planned_measures_past_their_deadline_become_overdue_and_the_leader_and_current_curator_are_told_once(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var seed = await MonitoringSeed.WriteAsync(world);

        await using (var db = world.Database.CreateContext())
        {
            var first = await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system");
            Assert.Equal(1, first.MeasuresMarkedOverdue);
            Assert.Equal(2, first.NotificationsSent);
        }
        var statuses = await world.Db.SupportMeasures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Status);
        Assert.Equal(MeasureStatus.Overdue, statuses[seed.PastDue]);
        Assert.Equal(MeasureStatus.Planned, statuses[seed.DueToday]);
        Assert.Equal(MeasureStatus.Done, statuses[seed.Done]);
        Assert.Equal(MeasureStatus.Planned, statuses[seed.Later]);

        var told = await world.Db.Notifications.AsNoTracking().Select(n => n.UserId).OrderBy(u => u).ToListAsync();
        Assert.Equal(new[] { await world.UserIdAsync(SupportWorld.CuratorA), await world.UserIdAsync(SupportWorld.Leader0101) }.Order(), told);
        var notice = await world.Db.Notifications.AsNoTracking().FirstAsync();
        Assert.Equal(MonitoringJob.OverdueKey(seed.PastDue, new DateOnly(2026, 2, 15)), notice.Key);
        Assert.Contains("Семинар для учителей", notice.Text);
        Assert.Equal("/support/schools/edu0101?year=2025&tab=monitoring", notice.Link);

        await using (var db = world.Database.CreateContext())
        {
            var second = await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system");
            Assert.False(second.ChangedAnything);
        }
        Assert.Equal(2, await world.Db.Notifications.CountAsync());
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == MonitoringJob.AuditAction));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_measure_saved_already_overdue_is_told_by_the_next_run_once(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var seed = await MonitoringSeed.WriteAsync(world);
        // The documents' rule: a measure saved with a past deadline is overdue from the start, before any run marks it.
        var saved = await world.Db.SupportMeasures.SingleAsync(m => m.Id == seed.PastDue);
        saved.Status = MeasureStatus.Overdue;
        await world.Db.SaveChangesAsync();

        await using (var db = world.Database.CreateContext())
        {
            var first = await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system");
            Assert.Equal(0, first.MeasuresMarkedOverdue);
            Assert.Equal(2, first.NotificationsSent);
        }
        await using (var db = world.Database.CreateContext())
            Assert.Equal(0, (await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system")).NotificationsSent);
        Assert.All(await world.Db.Notifications.AsNoTracking().ToListAsync(),
            n => Assert.Equal(MonitoringJob.OverdueKey(seed.PastDue, new DateOnly(2026, 2, 15)), n.Key));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Each_reached_stage_gets_one_snapshot_per_included_school_and_a_later_run_adds_only_the_next_stage(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var seed = await MonitoringSeed.WriteAsync(world);

        await using (var db = world.Database.CreateContext())
            Assert.Equal(6, (await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system")).SnapshotsRecorded);
        var interim = await world.Db.MonitoringSnapshots.AsNoTracking()
            .SingleAsync(s => s.SchoolId == world.Schools["edu0101"] && s.Stage == MonitoringStage.Interim);
        Assert.Equal(seed.ListId, interim.TargetListId);
        Assert.Equal((1, 1), (interim.DocumentsApproved, interim.DocumentsTotal));
        Assert.Equal((3, 1, 1), (interim.MeasuresTotal, interim.MeasuresDone, interim.MeasuresOverdue));
        Assert.Equal((2, 1), (interim.IndicatorsTotal, interim.IndicatorsOnTrack));

        await using (var db = world.Database.CreateContext())
            Assert.Equal(0, (await new MonitoringJob(db).RunAsync(MonitoringSeed.Today.AddDays(1), "system")).SnapshotsRecorded);
        await using (var db = world.Database.CreateContext())
            Assert.Equal(3, (await new MonitoringJob(db).RunAsync(new DateOnly(2026, 6, 1), "system")).SnapshotsRecorded);
        Assert.Equal(9, await world.Db.MonitoringSnapshots.CountAsync());
        Assert.DoesNotContain(await world.Db.MonitoringSnapshots.Select(s => s.SchoolId).ToListAsync(), id => id == world.Schools["edu0102"]);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Before_the_entry_stage_nothing_is_recorded_and_a_quiet_run_is_not_audited(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        await MonitoringSeed.WriteAsync(world);

        await using var db = world.Database.CreateContext();
        var result = await new MonitoringJob(db).RunAsync(new DateOnly(2025, 9, 15), "system");

        Assert.False(result.ChangedAnything);
        Assert.Equal(0, await world.Db.MonitoringSnapshots.CountAsync());
        Assert.Equal(0, await world.Db.Audit.CountAsync(a => a.Action == MonitoringJob.AuditAction));
    }
}
