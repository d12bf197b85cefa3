using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Monitoring;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Monitoring;

public class SupportNotificationsTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_user_reads_and_marks_only_their_own_notifications(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        await MonitoringSeed.WriteAsync(world);
        await using (var db = world.Database.CreateContext())
            await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system");
        var notifications = new SupportNotifications(world.Db, new FixedTime(MonitoringSeed.Today));
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var curator = await world.ActorAsync(SupportWorld.CuratorA);
        var other = await world.ActorAsync(SupportWorld.Leader0201);

        var own = Assert.Single(await notifications.ListAsync(leader));
        Assert.False(own.Read);
        Assert.Equal(1, await notifications.UnreadCountAsync(leader));
        Assert.Empty(await notifications.ListAsync(other));
        Assert.Equal(ScopedOutcome.NotFound, (await notifications.MarkReadAsync(other, own.Id)).Outcome);

        Assert.True((await notifications.MarkReadAsync(leader, own.Id)).Value!.Read);
        Assert.Equal(0, await notifications.UnreadCountAsync(leader));
        Assert.Equal(1, await notifications.UnreadCountAsync(curator));
        Assert.Equal(1, await notifications.MarkAllReadAsync(curator));
        Assert.Equal(0, await notifications.UnreadCountAsync(curator));
        Assert.Contains(world.Db.Audit, a => a.Action == SupportNotifications.ReadAllAction);
    }
}
