using Orientir.Data.Access;
using Orientir.Data.Support;
using Orientir.Data.Database;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Support.Documents;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Documents;

public class DocumentCycleTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_programme_goes_through_return_fix_and_approval_and_every_version_is_kept(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var curator = await world.ActorAsync(SupportWorld.CuratorA);
        var id = await world.CreateAntiRiskAsync();

        Assert.True((await world.Commands().UpdateAsync(leader, id, await world.ContentAsync("Первая цель"))).Succeeded);
        Assert.Equal(1, (await world.Review().SubmitAsync(leader, id)).Value);
        Assert.Equal(ScopedOutcome.Invalid, (await world.Commands().UpdateAsync(leader, id, await world.ContentAsync())).Outcome);

        Assert.True((await world.Review().ReviewAsync(curator, id, new ReviewInput("Returned", "Уточните сроки мероприятий"))).Succeeded);
        var returned = (await world.Queries().DocumentAsync(leader, id)).Value!;
        Assert.Equal(DocumentStatus.Returned, returned.Status);
        Assert.Equal(2, returned.Version);
        Assert.Equal("Уточните сроки мероприятий", returned.FixComment);
        Assert.True(returned.CanEdit);

        Assert.True((await world.Commands().UpdateAsync(leader, id, await world.ContentAsync("Исправленная цель"))).Succeeded);
        Assert.Equal(2, (await world.Review().SubmitAsync(leader, id)).Value);
        Assert.True((await world.Queries().DocumentAsync(curator, id)).Value!.CanReview);
        Assert.True((await world.Review().ReviewAsync(curator, id, new ReviewInput("Approved", null))).Succeeded);

        var approved = (await world.Queries().DocumentAsync(curator, id)).Value!;
        Assert.Equal(DocumentStatus.Approved, approved.Status);
        Assert.Null(approved.FixComment);
        Assert.Collection(approved.Versions,
            v => { Assert.Equal(2, v.Number); Assert.Equal(DocumentDecision.Approved, v.Decision); Assert.Equal(SupportWorld.CuratorA, v.ReviewedBy); },
            v => { Assert.Equal(1, v.Number); Assert.Equal(DocumentDecision.Returned, v.Decision); Assert.Equal("Уточните сроки мероприятий", v.Comment); });
        var first = await world.World.Db.DocumentVersions.SingleAsync(v => v.DocumentId == id && v.Number == 1);
        var snapshot = JsonSerializer.Deserialize<DocumentSnapshot>(first.ContentJson, DocumentSnapshots.Json)!;
        Assert.Equal("Первая цель", snapshot.Goal);
        Assert.Single(snapshot.Measures);
        Assert.Single(snapshot.Students);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Submission_and_decisions_notify_the_curator_and_the_leader_and_every_step_is_audited(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var curator = await world.ActorAsync(SupportWorld.CuratorA);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        await world.Review().SubmitAsync(leader, id);
        await world.Review().ReviewAsync(curator, id, new ReviewInput("Returned", "Добавьте показатель по математике"));

        var notes = await world.World.Db.Notifications.AsNoTracking().ToListAsync();
        var toCurator = Assert.Single(notes, n => n.UserId == curator.UserId);
        Assert.Equal($"doc-submitted:{id}:1", toCurator.Key);
        Assert.Equal("/support/schools/edu0101?tab=documents", toCurator.Link);
        var toLeader = Assert.Single(notes, n => n.UserId == leader.UserId);
        Assert.Contains("Добавьте показатель по математике", toLeader.Text);

        var measure = (await world.Queries().DocumentAsync(leader, id)).Value!.Measures.Single();
        var done = await world.Progress().MarkMeasureAsync(leader, measure.Id, new MeasureProgressInput(true, "Проведено 8 занятий"));
        Assert.Equal(MeasureStatus.Done, done.Value);
        var indicator = (await world.Queries().DocumentAsync(leader, id)).Value!.Indicators.Single();
        Assert.True((await world.Progress().MeasureIndicatorAsync(leader, indicator.Id, new IndicatorMeasureInput("45,5"))).Succeeded);

        var detail = (await world.Queries().DocumentAsync(leader, id)).Value!;
        Assert.Equal("Проведено 8 занятий", detail.Measures.Single().Note);
        Assert.Equal(45.5, detail.Indicators.Single().Measured);
        Assert.True(detail.Indicators.Single().OnTrack);
        var row = (await world.Queries().SchoolDocumentsAsync(leader, "edu0101", DocumentsWorld.Year)).Value!.Documents.Single();
        Assert.Equal((1, 1, 1, 1), (row.MeasuresTotal, row.MeasuresDone, row.IndicatorsTotal, row.IndicatorsOnTrack));

        var actions = await world.World.Db.Audit.Select(a => a.Action).ToListAsync();
        foreach (var action in new[] { SupportDocumentCommands.CreateAction, SupportDocumentCommands.UpdateAction, DocumentReviewCommands.SubmitAction,
                     DocumentReviewCommands.ReturnAction, DocumentProgressCommands.MeasureAction, DocumentProgressCommands.IndicatorAction })
            Assert.Contains(action, actions);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Editing_an_approved_document_starts_its_next_version_and_kept_measures_keep_their_status(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        await world.Review().SubmitAsync(leader, id);
        await world.Review().ReviewAsync(await world.ActorAsync(SupportWorld.CuratorA), id, new ReviewInput("Approved", ""));
        var measure = (await world.Queries().DocumentAsync(leader, id)).Value!.Measures.Single();
        await world.Progress().MarkMeasureAsync(leader, measure.Id, new MeasureProgressInput(true, null));

        var content = await world.ContentAsync();
        var edited = content with
        {
            Measures = [new MeasureInput(measure.Id, measure.Title, "01.12.2025", "Директор"), new MeasureInput(null, "Педсовет", "10.01.2026", "Директор")],
        };
        Assert.Equal(2, (await world.Commands().UpdateAsync(leader, id, edited)).Value);

        var detail = (await world.Queries().DocumentAsync(leader, id)).Value!;
        Assert.Equal((DocumentStatus.Draft, 2), (detail.Status, detail.Version));
        Assert.Equal(MeasureStatus.Done, detail.Measures.Single(m => m.Id == measure.Id).Status);
        Assert.Equal(MeasureStatus.Planned, detail.Measures.Single(m => m.Id != measure.Id).Status);
        Assert.Equal(DocumentDecision.Approved, Assert.Single(detail.Versions).Decision);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_list_offers_an_anti_risk_programme_for_each_priority_risk_without_one(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var before = (await world.Queries().SchoolDocumentsAsync(leader, "edu0101", DocumentsWorld.Year)).Value!;
        Assert.True(before.CanWrite);
        Assert.Equal(DocumentsWorld.PriorityRisk, Assert.Single(before.RisksWithoutProgramme).Code);

        await world.CreateAntiRiskAsync();
        var concept = await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "Concept", null));
        var programme = await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "MediumTermProgramme", null));
        Assert.True(concept.Succeeded && programme.Succeeded);
        Assert.Equal(ScopedOutcome.Invalid, (await world.Commands().CreateAsync(leader, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "Concept", null))).Outcome);

        var after = (await world.Queries().SchoolDocumentsAsync(leader, "edu0101", DocumentsWorld.Year)).Value!;
        Assert.Empty(after.RisksWithoutProgramme);
        Assert.True(after.HasConcept && after.HasMediumTerm);
        Assert.Equal(["Концепция развития", "Среднесрочная программа развития", "Антирисковая программа: Высокая доля обучающихся с рисками учебной неуспешности"],
            after.Documents.Select(d => d.Title));
        var medium = (await world.Queries().DocumentAsync(leader, programme.Value)).Value!;
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2027, 8, 31)), (medium.PeriodFrom, medium.PeriodTo));
    }
}
