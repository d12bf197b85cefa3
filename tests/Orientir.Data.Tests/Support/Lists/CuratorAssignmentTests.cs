using Orientir.Data.Access;
using Orientir.Data.Database;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Support;
using Orientir.Data.Support.Lists;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Lists;

public class CuratorAssignmentTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reassignment_moves_the_school_from_one_curators_scope_to_the_other_and_keeps_both_periods(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var access = new SupportAccess(world.Db);

        (await world.Curators().AssignAsync(analyst, "edu0101", SupportWorld.CuratorA, "Куратор муниципалитета")).Value();
        var a = await world.ActorAsync(SupportWorld.CuratorA);
        Assert.Equal(["edu0101"], access.VisibleSchools(a).Select(s => s.Code).ToList());
        Assert.True(a.ReviewsFor(world.Schools["edu0101"]));
        Assert.Single(await world.Db.Notifications.Where(n => n.UserId == a.UserId).ToListAsync());

        var idB = await world.UserIdAsync(SupportWorld.CuratorB);
        (await world.Curators(new FixedTime(ListsWorld.Today.AddDays(1))).AssignAsync(analyst, "edu0101", idB, "Перераспределение нагрузки")).Value();
        Assert.Empty(access.VisibleSchools(await world.ActorAsync(SupportWorld.CuratorA)));
        Assert.Equal(["edu0101"], access.VisibleSchools(await world.ActorAsync(SupportWorld.CuratorB)).Select(s => s.Code).ToList());

        var history = (await world.Queries().CuratorHistoryAsync(analyst, "edu0101"))!;
        Assert.Equal([SupportWorld.CuratorB, SupportWorld.CuratorA], history.Select(p => p.CuratorName));
        Assert.Null(history[0].ToUtc);
        Assert.Equal(history[0].FromUtc, history[1].ToUtc);
        Assert.Equal("Перераспределение нагрузки", history[0].Reason);
        Assert.Equal(2, await world.Db.Audit.CountAsync(e => e.Action == "support.curator.assign"));

        var curators = (await world.Queries().CuratorsAsync(analyst)).Value();
        Assert.Equal(["edu0101"], curators.Single(c => c.Email == SupportWorld.CuratorB).Schools.Select(s => s.Code));
        Assert.Empty(curators.Single(c => c.Email == SupportWorld.CuratorA).Schools);

        (await world.Curators().UnassignAsync(analyst, "edu0101")).Value();
        Assert.Empty(access.VisibleSchools(await world.ActorAsync(SupportWorld.CuratorB)));
        Assert.Equal(ScopedOutcome.Invalid, (await world.Curators().UnassignAsync(analyst, "edu0101")).Outcome);
        Assert.True(await world.Db.Audit.AnyAsync(e => e.Action == "support.curator.unassign"));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Only_a_curator_account_may_be_assigned(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var leader = await world.Curators().AssignAsync(analyst, "edu0101", SupportWorld.Leader0101, null);
        Assert.Equal(ScopedOutcome.Invalid, leader.Outcome);
        Assert.StartsWith("Куратор", leader.Message);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Curators().AssignAsync(analyst, "nope", SupportWorld.CuratorA, null)).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_workspace_counts_documents_awaiting_review_returned_ones_and_overdue_measures_of_the_curators_schools(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        await world.ListAsync(approve: true);
        (await world.Curators().AssignAsync(analyst, "edu0101", SupportWorld.CuratorA, null)).Value();
        (await world.Curators().AssignAsync(analyst, "edu0202", SupportWorld.CuratorA, null)).Value();
        (await world.Curators().AssignAsync(analyst, "edu0201", SupportWorld.CuratorB, null)).Value();

        var submitted = Document(world.Schools["edu0101"], DocumentStatus.Submitted);
        var returned = Document(world.Schools["edu0202"], DocumentStatus.Returned);
        var elsewhere = Document(world.Schools["edu0201"], DocumentStatus.Submitted);
        world.Db.SupportDocuments.AddRange(submitted, returned, elsewhere);
        await world.Db.SaveChangesAsync();
        var today = DateOnly.FromDateTime(ListsWorld.Today.UtcDateTime);
        world.Db.SupportMeasures.AddRange(
            Measure(submitted.Id, MeasureStatus.Planned, today.AddDays(-1)),
            Measure(submitted.Id, MeasureStatus.Planned, today.AddDays(5)),
            Measure(submitted.Id, MeasureStatus.Overdue, today.AddDays(-30)),
            Measure(submitted.Id, MeasureStatus.Done, today.AddDays(-30)),
            Measure(elsewhere.Id, MeasureStatus.Overdue, today.AddDays(-3)));
        await world.Db.SaveChangesAsync();

        var workspace = (await world.Workspace().WorkspaceAsync(await world.ActorAsync(SupportWorld.CuratorA))).Value();
        Assert.Equal(["edu0101", "edu0202"], workspace.Schools.Select(s => s.Code));
        var first = workspace.Schools[0];
        Assert.Equal((1, 0, 2), (first.AwaitingReview, first.ReturnedToSchool, first.OverdueMeasures));
        Assert.Equal((1, 1, 2), (workspace.AwaitingReview, workspace.ReturnedToSchool, workspace.OverdueMeasures));
        Assert.Equal((MonitoringStage.Interim, new DateOnly(2026, 2, 1)), (first.NextStage, first.NextStageDate));

        var forbidden = await world.Workspace().WorkspaceAsync(await world.ActorAsync(SupportWorld.Leader0101));
        Assert.Equal(ScopedOutcome.Forbidden, forbidden.Outcome);
    }

    private static SupportDocument Document(int schoolId, DocumentStatus status) => new()
    {
        SchoolId = schoolId, Year = 2025, Kind = SupportDocumentKind.Concept, Title = "Концепция", Status = status,
        UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test",
    };

    private static SupportMeasure Measure(int documentId, MeasureStatus status, DateOnly deadline) => new()
    {
        DocumentId = documentId, Title = "Мероприятие", Deadline = deadline, Responsible = "Завуч", Status = status,
    };
}
