using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Testing;

namespace Orientir.Data.Tests.Schools;

public class SchoolAnalysisPublisherTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Publishes_every_school_with_its_evidence_under_the_methodology_in_force_and_keeps_the_earlier_run(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = Directory.CreateTempSubdirectory("orientir-publish-").FullName;
        try
        {
            DemoPackageGenerator.Generate(package, new DemoOptions(Seed: 5, Schools: 60, Years: [2024, 2025]));
            ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package, "analyst"));
        }
        finally
        {
            Directory.Delete(package, recursive: true);
        }
        await using var db = database.CreateContext();

        var first = await new SchoolAnalysisPublisher(db).PublishAsync(2025, "analyst@demo.orientir");
        var store = new MethodologyStore(db);
        var wider = (await store.CurrentAsync()).Settings;
        wider = wider with { Context = wider.Context with { UnfavourableShare = 0.30 } };
        await store.SaveAsync(wider, "Шире ШНСУ", "analyst@demo.orientir");
        var second = await new SchoolAnalysisPublisher(db).PublishAsync(2025, "analyst@demo.orientir");

        var queries = new SchoolListQueries(db, AccessScope.Region(Roles.RegionAnalyst));
        Assert.Equal((1, 2), (first.MethodologyNumber, second.MethodologyNumber));
        Assert.Equal(second.Id, (await queries.RunAsync(2025))!.Id);
        Assert.Equal([second.Id, first.Id], (await queries.HistoryAsync(2025)).Select(r => r.Id));

        var before = await queries.RowsAsync(first.Id);
        var after = await queries.RowsAsync(second.Id);
        Assert.Equal(60, after.Count);
        Assert.True(after.Count(r => r.Unfavourable) > before.Count(r => r.Unfavourable));
        Assert.All(after.Where(r => r.ContextIndex is not null), r => Assert.Contains(r.Evidence[EvidenceSections.Context], e => e.Key == "context_index"));
        Assert.All(after.Where(r => r.LevelEffect is not null), r => Assert.True(r.LevelLower < r.LevelEffect && r.LevelEffect < r.LevelUpper));
        Assert.All(after.Where(r => r.Resilient), r => Assert.True(r.Unfavourable && r.LevelLower > 0));
        Assert.NotEmpty(await queries.MarkersAsync(second.Id));
        Assert.Contains("\"level\"", second.SummaryJson);
        Assert.Equal(2, await db.Audit.CountAsync(a => a.Action == SchoolAnalysisRunWriter.AuditAction));
    }
}
