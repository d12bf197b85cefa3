using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Domain.Access;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support;

public class SupportWorldTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Each_account_resolves_to_its_role_and_scope_and_a_school_outside_it_is_not_seen(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var access = new SupportAccess(world.Db);

        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        Assert.True(analyst.ManagesSupport);
        Assert.Equal(4, access.VisibleSchools(analyst).Count());

        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        Assert.Equal(Roles.SchoolLeader, leader.Role);
        Assert.True(leader.WritesFor(world.Schools["edu0101"]));
        Assert.False(leader.WritesFor(world.Schools["edu0201"]));
        Assert.Null(await access.VisibleSchoolIdAsync(leader, "edu0201"));

        var officer = await world.ActorAsync(SupportWorld.OfficerM01);
        Assert.Equal(["edu0101", "edu0102"], access.VisibleSchools(officer).Select(s => s.Code).OrderBy(c => c).ToList());

        var curator = await world.ActorAsync(SupportWorld.CuratorA);
        Assert.Empty(access.VisibleSchools(curator));
        Assert.False(curator.ReviewsFor(world.Schools["edu0101"]));
    }
}
