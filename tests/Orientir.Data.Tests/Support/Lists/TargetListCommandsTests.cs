using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Lists;

public class TargetListCommandsTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_draft_takes_every_low_results_and_unfavourable_school_of_the_published_run_with_its_basis(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var saved = await world.ListAsync();

        Assert.Equal((2025, 1, TargetListStatus.Draft), (saved.Year, saved.Revision, saved.Status));
        var detail = (await world.Queries().ListAsync(await world.ActorAsync(SupportWorld.Analyst), saved.Id))!;
        Assert.Equal(["edu0101", "edu0201", "edu0202"], detail.Schools.Select(s => s.Code));
        Assert.Equal(TargetBasis.LowResults, detail.BasisOf("edu0101"));
        Assert.Equal(TargetBasis.Unfavourable, detail.BasisOf("edu0201"));
        Assert.Equal(TargetBasis.LowResultsAndUnfavourable, detail.BasisOf("edu0202"));
        Assert.Equal(-1.5, detail.Schools.Single(s => s.Code == "edu0101").LowResultsComposite);
        Assert.Equal(-1.0, detail.Schools.Single(s => s.Code == "edu0101").ContextIndex);
        Assert.Equal(world.RunId, detail.List.SourceRunId);
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 6, 30)),
            (detail.List.EntryStageDate, detail.List.InterimStageDate, detail.List.FinalStageDate));
        Assert.True(await world.Db.Audit.AnyAsync(a => a.Action == "support.list.create"));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_year_without_a_published_run_or_with_a_draft_already_gets_no_new_draft(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var noRun = await world.Lists().CreateAsync(analyst, 2019);
        Assert.Equal(ScopedOutcome.Invalid, noRun.Outcome);
        Assert.Contains("не рассчитаны", noRun.Message);

        await world.ListAsync();
        var second = await world.Lists().CreateAsync(analyst, 2025);
        Assert.Equal(ScopedOutcome.Invalid, second.Outcome);
        Assert.Contains("черновик", second.Message);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_hand_addition_or_removal_needs_a_reason_and_lands_in_the_history(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var list = await world.ListAsync();

        var noReason = await world.Schools().AddAsync(analyst, list.Id, "edu0102", "  ");
        Assert.Equal(ScopedOutcome.Invalid, noReason.Outcome);
        Assert.StartsWith("Причина", noReason.Message);
        Assert.Equal(ScopedOutcome.Invalid, (await world.Schools().AddAsync(analyst, list.Id, "edu0102", "коротко")).Outcome);

        (await world.Schools().AddAsync(analyst, list.Id, "edu0102", "Обращение муниципалитета о низких результатах")).Value();
        (await world.Schools().RemoveAsync(analyst, list.Id, "edu0201", "Школа реорганизована в 2025 году")).Value();

        var detail = (await world.Queries().ListAsync(analyst, list.Id))!;
        var added = detail.Schools.Single(s => s.Code == "edu0102");
        Assert.Equal((TargetBasis.Manual, true, "Обращение муниципалитета о низких результатах"), (added.Basis, added.Included, added.Reason));
        var removed = detail.Schools.Single(s => s.Code == "edu0201");
        Assert.Equal((false, "Школа реорганизована в 2025 году"), (removed.Included, removed.Reason));
        Assert.Equal(3, detail.List.IncludedSchools);

        var changes = (await world.Queries().ChangesAsync(analyst, list.Id))!;
        Assert.Equal(["remove", "add", "create"], changes.Select(c => c.Action));
        Assert.Equal(("edu0201", "Школа реорганизована в 2025 году", SupportWorld.Analyst), (changes[0].SchoolCode, changes[0].Reason, changes[0].User));
        Assert.Equal(2, await world.Db.Audit.CountAsync(a => a.Action == "support.list.add" || a.Action == "support.list.remove"));

        (await world.Schools().RestoreAsync(analyst, list.Id, "edu0201")).Value();
        Assert.Contains("edu0201", await world.IncludedAsync(SupportWorld.Analyst, list.Id));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_approved_list_refuses_edits_of_its_schools_but_takes_new_stage_dates(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var list = await world.ListAsync(approve: true);

        var add = await world.Schools().AddAsync(analyst, list.Id, "edu0102", "Обращение муниципалитета о низких результатах");
        Assert.Equal(ScopedOutcome.Invalid, add.Outcome);
        Assert.Contains("создайте новую редакцию", add.Message);
        Assert.Equal(ScopedOutcome.Invalid, (await world.Schools().RemoveAsync(analyst, list.Id, "edu0101", "Причина достаточной длины")).Outcome);
        Assert.Equal(ScopedOutcome.Invalid, (await world.Lists().ApproveAsync(analyst, list.Id)).Outcome);

        var wrongOrder = await world.Lists().SetStagesAsync(analyst, list.Id, new(2025, 10, 1), new(2025, 9, 1), new(2026, 6, 1));
        Assert.Equal(ScopedOutcome.Invalid, wrongOrder.Outcome);
        (await world.Lists().SetStagesAsync(analyst, list.Id, new(2025, 10, 15), new(2026, 2, 15), new(2026, 6, 1))).Value();
        var stored = await world.Db.TargetLists.AsNoTracking().SingleAsync(l => l.Id == list.Id);
        Assert.Equal((new DateOnly(2025, 10, 15), SupportWorld.Analyst), (stored.EntryStageDate, stored.ApprovedBy));
        Assert.True(await world.Db.Audit.AnyAsync(a => a.Action == "support.list.stages"));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Approval_tells_the_leaders_of_the_included_schools_once(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var list = await world.ListAsync(approve: true);

        var notes = await world.Db.Notifications.AsNoTracking().ToListAsync();
        string[] leaders = [await world.UserIdAsync(SupportWorld.Leader0101), await world.UserIdAsync(SupportWorld.Leader0201)];
        Assert.Equal(leaders.Order(), notes.Select(n => n.UserId).Order());
        Assert.All(notes, n => Assert.Equal(("Школа включена в список адресной поддержки 2025 года", $"list-approved:{list.Id}"), (n.Text, n.Key)));
        Assert.True(await world.Db.Audit.AnyAsync(a => a.Action == "support.list.approve"));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_revision_copies_the_approved_one_and_once_approved_is_the_list_in_force(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var first = await world.ListAsync();
        (await world.Schools().RemoveAsync(analyst, first.Id, "edu0201", "Школа реорганизована в 2025 году")).Value();
        (await world.Lists().ApproveAsync(analyst, first.Id)).Value();

        var second = (await world.Lists().NewRevisionAsync(analyst, first.Id)).Value();
        Assert.Equal((2, TargetListStatus.Draft), (second.Revision, second.Status));
        Assert.Equal(ScopedOutcome.Invalid, (await world.Lists().NewRevisionAsync(analyst, first.Id)).Outcome);
        var copy = (await world.Queries().ListAsync(analyst, second.Id))!;
        Assert.Equal((false, "Школа реорганизована в 2025 году"), (copy.Schools.Single(s => s.Code == "edu0201").Included, copy.Schools.Single(s => s.Code == "edu0201").Reason));
        Assert.False(copy.List.InForce);
        Assert.Equal(first.Id, await SupportSchoolQueries.InForceListsOf(world.Db).Select(l => l.Id).SingleAsync());

        (await world.Schools().AddAsync(analyst, second.Id, "edu0102", "Обращение муниципалитета о низких результатах")).Value();
        (await world.Lists().ApproveAsync(analyst, second.Id)).Value();
        Assert.Equal(second.Id, await SupportSchoolQueries.InForceListsOf(world.Db).Select(l => l.Id).SingleAsync());
        var years = await world.Queries().YearsAsync(analyst);
        Assert.Equal([(2, true), (1, false)], years.Single().Revisions.Select(r => (r.Revision, r.InForce)));
    }
}
