using Orientir.Data.Access;
using Orientir.Data.Support;
using Orientir.Data.Database;
using Orientir.Data.Support.Documents;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Documents;

/// <summary>A school writes only its own documents; a curator reviews only their schools; a municipal officer only reads.</summary>
public class DocumentScopeTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Another_schools_leader_neither_sees_nor_edits_the_documents(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var id = await world.CreateAntiRiskAsync();
        var other = await world.ActorAsync(SupportWorld.Leader0201);

        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries().DocumentAsync(other, id)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries().SchoolDocumentsAsync(other, "edu0101", DocumentsWorld.Year)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Commands().UpdateAsync(other, id, await world.ContentAsync())).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Review().SubmitAsync(other, id)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Commands().CreateAsync(other, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "Concept", null))).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_curator_not_assigned_to_the_school_neither_reads_nor_reviews(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        await world.Review().SubmitAsync(leader, id);
        var stranger = await world.ActorAsync(SupportWorld.CuratorB);

        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries().DocumentAsync(stranger, id)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Review().ReviewAsync(stranger, id, new ReviewInput("Approved", null))).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_assigned_curator_reviews_but_cannot_edit_and_the_leader_cannot_review(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var curator = await world.ActorAsync(SupportWorld.CuratorA);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        await world.Review().SubmitAsync(leader, id);

        var read = (await world.Queries().DocumentAsync(curator, id)).Value!;
        Assert.False(read.CanEdit);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Commands().UpdateAsync(curator, id, await world.ContentAsync())).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Commands().CreateAsync(curator, "edu0101", new CreateDocumentInput(DocumentsWorld.Year, "Concept", null))).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Progress().MarkMeasureAsync(curator, read.Measures[0].Id, new MeasureProgressInput(true, null))).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Review().ReviewAsync(leader, id, new ReviewInput("Approved", null))).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_municipal_officer_reads_the_documents_of_the_municipality_but_writes_nothing(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        var officer = await world.ActorAsync(SupportWorld.OfficerM01);

        var read = (await world.Queries().DocumentAsync(officer, id)).Value!;
        Assert.False(read.CanEdit || read.CanReview || read.CanMarkProgress);
        Assert.False((await world.Queries().SchoolDocumentsAsync(officer, "edu0101", DocumentsWorld.Year)).Value!.CanWrite);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Commands().UpdateAsync(officer, id, await world.ContentAsync())).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Review().SubmitAsync(officer, id)).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Progress().MeasureIndicatorAsync(officer, read.Indicators[0].Id, new IndicatorMeasureInput("1"))).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Queries().SchoolDocumentsAsync(officer, "edu0201", DocumentsWorld.Year)).Outcome);
    }
}
