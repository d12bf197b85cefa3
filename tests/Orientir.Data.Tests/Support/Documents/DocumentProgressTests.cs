using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Documents;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Documents;

public class DocumentProgressTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_measure_past_its_deadline_is_overdue_until_marked_done_and_again_when_unmarked(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        var content = await world.ContentAsync();
        await world.Commands().UpdateAsync(leader, id, content with { Measures = [content.Measures![0] with { Deadline = "01.11.2025" }] });
        var measure = (await world.Queries().DocumentAsync(leader, id)).Value!.Measures.Single();
        Assert.Equal(MeasureStatus.Overdue, measure.Status);

        Assert.Equal(MeasureStatus.Done, (await world.Progress().MarkMeasureAsync(leader, measure.Id, new MeasureProgressInput(true, "Сделано с опозданием"))).Value);
        var done = (await world.Queries().DocumentAsync(leader, id)).Value!.Measures.Single();
        Assert.Equal(DocumentsWorld.Today.UtcDateTime, done.DoneAtUtc);
        Assert.Equal(MeasureStatus.Overdue, (await world.Progress().MarkMeasureAsync(leader, measure.Id, new MeasureProgressInput(false, null))).Value);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_measured_value_must_be_a_number_and_an_empty_one_clears_it(DatabaseProvider provider)
    {
        await using var world = await DocumentsWorld.CreateAsync(provider);
        var leader = await world.ActorAsync(SupportWorld.Leader0101);
        var id = await world.CreateAntiRiskAsync();
        await world.Commands().UpdateAsync(leader, id, await world.ContentAsync());
        var indicator = (await world.Queries().DocumentAsync(leader, id)).Value!.Indicators.Single();

        var bad = await world.Progress().MeasureIndicatorAsync(leader, indicator.Id, new IndicatorMeasureInput("почти"));
        Assert.Equal(ScopedOutcome.Invalid, bad.Outcome);
        Assert.Contains("не число", bad.Message);
        Assert.True((await world.Progress().MeasureIndicatorAsync(leader, indicator.Id, new IndicatorMeasureInput("20"))).Succeeded);
        Assert.True((await world.Progress().MeasureIndicatorAsync(leader, indicator.Id, new IndicatorMeasureInput(""))).Succeeded);
        Assert.Null((await world.Queries().DocumentAsync(leader, id)).Value!.Indicators.Single().Measured);
    }
}
