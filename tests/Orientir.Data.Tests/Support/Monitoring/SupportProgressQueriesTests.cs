using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Monitoring;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Monitoring;

public class SupportProgressQueriesTests
{
    private static async Task<(SupportWorld World, MonitoringSeed Seed)> RunAsync(DatabaseProvider provider)
    {
        var world = await SupportWorld.CreateAsync(provider);
        var seed = await MonitoringSeed.WriteAsync(world);
        await using var db = world.Database.CreateContext();
        await new MonitoringJob(db).RunAsync(MonitoringSeed.Today, "system");
        return (world, seed);
    }

    private static SupportProgressQueries Queries(SupportWorld world) => new(world.Db, new FixedTime(MonitoringSeed.Today));

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Each_actor_sees_the_progress_of_the_target_schools_in_their_scope_only(DatabaseProvider provider)
    {
        var (world, _) = await RunAsync(provider);
        await using var _w = world;

        var analyst = await Queries(world).ProgressAsync(await world.ActorAsync(SupportWorld.Analyst), null);
        Assert.NotNull(analyst);
        Assert.Equal(2025, analyst.Year);
        Assert.Equal(["edu0101", "edu0201", "edu0202"], analyst.Schools.Select(s => s.Code));
        Assert.Equal(["M01", "M02"], analyst.Municipalities.Select(m => m.Code));
        Assert.Equal(MonitoringStage.Interim, analyst.CurrentStage);

        var officer = await Queries(world).ProgressAsync(await world.ActorAsync(SupportWorld.OfficerM01), 2025);
        Assert.Equal(["edu0101"], officer!.Schools.Select(s => s.Code));
        Assert.Equal(["M01"], officer.Municipalities.Select(m => m.Code));

        var leader = await Queries(world).ProgressAsync(await world.ActorAsync(SupportWorld.Leader0201), null);
        Assert.Equal(["edu0201"], leader!.Schools.Select(s => s.Code));

        var curator = await Queries(world).ProgressAsync(await world.ActorAsync(SupportWorld.CuratorA), null);
        Assert.Equal(["edu0101"], curator!.Schools.Select(s => s.Code));

        Assert.Null(await Queries(world).ProgressAsync(await world.ActorAsync(SupportWorld.Analyst), 2019));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_school_row_counts_documents_measures_indicators_and_carries_its_curator_and_snapshots(DatabaseProvider provider)
    {
        var (world, _) = await RunAsync(provider);
        await using var _w = world;

        var progress = await Queries(world).ProgressAsync(await world.ActorAsync(SupportWorld.Analyst), 2025);
        var row = progress!.Schools.Single(s => s.Code == "edu0101");
        Assert.Equal(new ProgrammeFigures(1, 0, 1, 1, 1, 3, 1, 2), row.Figures);
        Assert.Equal(SupportWorld.CuratorA, row.CuratorName);
        Assert.Equal(TargetBasis.LowResults, row.Basis);
        Assert.Equal([MonitoringStage.Entry, MonitoringStage.Interim], row.Snapshots.Select(s => s.Stage));
        Assert.True(row.Problem);
        Assert.Equal(["просрочено мероприятий: 1"], row.ProblemReasons);

        var returned = progress.Schools.Single(s => s.Code == "edu0201");
        Assert.Equal(1, returned.Figures.DocumentsReturned);
        Assert.Contains("возвращено на доработку документов: 1", returned.ProblemReasons);
        Assert.Null(returned.CuratorName);
        Assert.Equal(new ProgrammeFigures(1, 1, 2, 1, 1, 4, 1, 2), progress.Totals);
        Assert.All(progress.Stages.Take(2), s => Assert.Equal(3, s.SchoolsRecorded));
        Assert.False(progress.Stages[2].Reached);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_municipal_programme_sums_its_schools_and_is_not_found_for_another_municipality_s_officer(DatabaseProvider provider)
    {
        var (world, _) = await RunAsync(provider);
        await using var _w = world;
        var analyst = await world.ActorAsync(SupportWorld.Analyst);

        var m02 = await Queries(world).MunicipalProgrammeAsync(analyst, "M02", null);
        Assert.Equal(ScopedOutcome.Ok, m02.Outcome);
        Assert.Equal(2, m02.Value!.Schools);
        Assert.Equal(["edu0201", "edu0202"], m02.Value.Rows.Select(r => r.Code));
        Assert.Equal(m02.Value.Rows.Sum(r => r.Figures.MeasuresTotal), m02.Value.Totals.MeasuresTotal);
        Assert.Equal(2, m02.Value.StageTotals.Single(s => s.Stage == MonitoringStage.Entry).Schools);
        var region = await Queries(world).ProgressAsync(analyst, null);
        Assert.Equal(region!.Municipalities.Single(m => m.Code == "M02").Figures, m02.Value.Totals);

        var officer = await world.ActorAsync(SupportWorld.OfficerM01);
        Assert.Equal(ScopedOutcome.Ok, (await Queries(world).MunicipalProgrammeAsync(officer, "M01", 2025)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await Queries(world).MunicipalProgrammeAsync(officer, "M02", 2025)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await Queries(world).MunicipalProgrammeAsync(await world.ActorAsync(SupportWorld.Leader0101), "M01", null)).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_school_s_monitoring_lists_its_measures_and_indicators_and_is_not_found_out_of_scope(DatabaseProvider provider)
    {
        var (world, seed) = await RunAsync(provider);
        await using var _w = world;
        var queries = new SchoolMonitoringQueries(world.Db, new FixedTime(MonitoringSeed.Today));

        var own = await queries.MonitoringAsync(await world.ActorAsync(SupportWorld.Leader0101), "edu0101", null);
        Assert.Equal(ScopedOutcome.Ok, own.Outcome);
        Assert.Equal(2025, own.Value!.Year);
        Assert.Equal([seed.Done, seed.PastDue, seed.DueToday], own.Value.Measures.Select(m => m.Id));
        Assert.Equal(MeasureStatus.Overdue, own.Value.Measures.Single(m => m.Id == seed.PastDue).Status);
        Assert.Equal([true, false], own.Value.Indicators.Select(i => i.OnTrack));
        Assert.Equal([true, true, false], own.Value.Stages.Select(s => s.Reached));
        Assert.Equal(2, own.Value.Snapshots.Count);

        Assert.Equal(ScopedOutcome.NotFound, (await queries.MonitoringAsync(await world.ActorAsync(SupportWorld.Leader0101), "edu0201", null)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await queries.MonitoringAsync(await world.ActorAsync(SupportWorld.Analyst), "edu0102", null)).Outcome);
    }
}
