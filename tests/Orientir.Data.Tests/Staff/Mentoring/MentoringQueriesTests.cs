using Orientir.Data.Database;
using Orientir.Data.Access;
using Orientir.Data.Staff.Mentoring;
using Orientir.Data.Tests.Support;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Mentoring;

public class MentoringQueriesTests
{
    private static async Task<(int Own, int Foreign)> TwoGroupsAsync(MentoringWorld world)
    {
        await using var db = world.NewContext();
        var commands = new MentoringCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);
        var own = await commands.CreateAsync(methodologist, new MentoringGroupInput(MentoringForm.ExperiencedToYoung, "T0101A", ["T0101B"], "Адаптация", new DateOnly(2025, 9, 1)));
        var foreign = await commands.CreateAsync(methodologist, new MentoringGroupInput(MentoringForm.ExperiencedToYoung, "T0201A", ["T0201B"], "Адаптация", new DateOnly(2025, 9, 2)));
        return (own.Value!.Group.Id, foreign.Value!.Group.Id);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Each_role_sees_the_groups_of_its_scope(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        var (own, foreign) = await TwoGroupsAsync(world);
        var queries = new MentoringQueries(world.Db);

        async Task<int[]> Seen(string email) => (await queries.GroupsAsync(await world.ActorAsync(email))).Select(g => g.Id).Order().ToArray();

        Assert.Equal(new[] { own, foreign }.Order(), await Seen(MentoringWorld.Methodologist));
        Assert.Equal([own], await Seen(SupportWorld.Leader0101));
        Assert.Equal([foreign], await Seen(SupportWorld.Leader0201));
        Assert.Equal([own], await Seen(SupportWorld.OfficerM01));
        Assert.Equal([own], await Seen(MentoringWorld.TeacherB));
        Assert.Empty(await Seen(MentoringWorld.TeacherD));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Another_schools_leader_gets_not_found_for_a_group_and_its_teacher(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        var (own, _) = await TwoGroupsAsync(world);
        var queries = new MentoringQueries(world.Db);
        var leader0201 = await world.ActorAsync(SupportWorld.Leader0201);

        Assert.Equal(ScopedOutcome.NotFound, (await queries.ProgrammeAsync(leader0201, own)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await queries.TeacherAsync(leader0201, "T0101A")).Outcome);
        var officer = await queries.ProgrammeAsync(await world.ActorAsync(SupportWorld.OfficerM01), own);
        Assert.True(officer.Succeeded);
        Assert.False(officer.Value!.CanManage);
        Assert.False(officer.Value.CanMarkHeld);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_teachers_groups_are_split_into_as_mentor_and_as_mentee_and_filters_apply(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await TwoGroupsAsync(world);
        await using (var db = world.NewContext())
            await new MentoringCommands(db, TimeProvider.System).CreateAsync(await world.ActorAsync(MentoringWorld.Methodologist),
                new MentoringGroupInput(MentoringForm.LeaderToTeam, "T0101B", ["T0101C", "T0101D"], "Цифровые инструменты", new DateOnly(2025, 10, 1)));
        var queries = new MentoringQueries(world.Db);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);

        var teacher = (await queries.TeacherAsync(methodologist, "T0101B")).Value!;
        var teams = await queries.GroupsAsync(methodologist, MentoringForm.LeaderToTeam);
        var completed = await queries.GroupsAsync(methodologist, status: MentoringStatus.Completed);

        Assert.Equal(["Цифровые инструменты"], teacher.AsMentor.Select(g => g.Topic));
        Assert.Equal(["Адаптация"], teacher.AsMentee.Select(g => g.Topic));
        Assert.Equal(["T0101C", "T0101D"], teams.Single().Mentees.Select(m => m.Code));
        Assert.Empty(completed);
    }
}
