using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Lists;

/// <summary>Who may change a list and who sees which of its schools.</summary>
public class ListScopeTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Curators_leaders_and_officers_may_not_form_edit_approve_or_assign(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var draft = await world.ListAsync();
        foreach (var email in new[] { SupportWorld.CuratorA, SupportWorld.Leader0101, SupportWorld.OfficerM01 })
        {
            var actor = await world.ActorAsync(email);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Lists().CreateAsync(actor, 2025)).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Lists().ApproveAsync(actor, draft.Id)).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Lists().SetStagesAsync(actor, draft.Id, new(2025, 10, 1), new(2026, 2, 1), new(2026, 6, 30))).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Schools().AddAsync(actor, draft.Id, "edu0102", "Обращение муниципалитета о низких результатах")).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Schools().RemoveAsync(actor, draft.Id, "edu0101", "Обращение муниципалитета о низких результатах")).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Curators().AssignAsync(actor, "edu0101", SupportWorld.CuratorB, null)).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await world.Queries().CuratorsAsync(actor)).Outcome);
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_officer_sees_only_their_municipalitys_schools_and_a_leader_only_their_own_on_an_approved_list(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var draft = await world.ListAsync();
        var officer = await world.ActorAsync(SupportWorld.OfficerM01);
        Assert.Null(await world.Queries().ListAsync(officer, draft.Id));
        Assert.Empty((await world.Queries().YearsAsync(officer)).SelectMany(y => y.Revisions));

        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        (await world.Lists().ApproveAsync(analyst, draft.Id)).Value();
        Assert.Equal(["edu0101"], await world.IncludedAsync(SupportWorld.OfficerM01, draft.Id));
        Assert.Equal(["edu0201"], await world.IncludedAsync(SupportWorld.Leader0201, draft.Id));
        Assert.Equal(1, (await world.Queries().YearsAsync(officer)).Single().Revisions.Single().IncludedSchools);
        Assert.Equal(3, (await world.Queries().YearsAsync(analyst)).Single().Revisions.Single().IncludedSchools);
    }
}
