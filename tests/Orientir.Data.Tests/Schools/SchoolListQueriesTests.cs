using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Domain.Schools;
using Orientir.Testing;

namespace Orientir.Data.Tests.Schools;

/// <summary>A published run over the standard test package (schools edu0101, edu0102 in 01; edu0201, edu0202 in 02), read in every scope.</summary>
public class SchoolListQueriesTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Each_scope_reads_only_its_schools_rows_and_markers_and_the_newest_run_of_a_year_is_in_force(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(TestPackage.Standard().Write(), "analyst"));
        await using var db = database.CreateContext();
        var schools = await db.Schools.Include(s => s.Municipality).ToDictionaryAsync(s => s.Code);
        var methodology = await new MethodologyStore(db).CurrentAsync();

        await PublishAsync(db, methodology.Id, schools.Values.Select(s => s.Id), lowResults: "edu0101");
        var inForce = await PublishAsync(db, methodology.Id, schools.Values.Select(s => s.Id), lowResults: "edu0201");

        var region = new SchoolListQueries(db, AccessScope.Region(Roles.RegionAnalyst));
        var run = (await region.RunAsync(2025))!;
        Assert.Equal(inForce, run.Id);
        Assert.Equal(1, run.MethodologyNumber);
        Assert.Equal(2, (await region.HistoryAsync(2025)).Count);
        var rows = await region.RowsAsync(run.Id);
        Assert.Equal(["edu0101", "edu0102", "edu0201", "edu0202"], rows.Select(r => r.Code));
        Assert.Equal(["edu0201"], rows.Where(r => r.LowResults).Select(r => r.Code));
        Assert.Equal(0.42, rows[0].Evidence[EvidenceSections.LowResults].Single(e => e.Key == "composite").Value);
        Assert.Equal(4, (await region.MarkersAsync(run.Id)).Count);
        Assert.Equal(2, (await region.MarkersAsync(run.Id, raisedOnly: true)).Count);

        var municipal = new SchoolListQueries(db, AccessScope.Municipality(Roles.MunicipalOfficer, schools["edu0101"].MunicipalityId));
        Assert.Equal(["edu0101", "edu0102"], (await municipal.RowsAsync(run.Id)).Select(r => r.Code));
        Assert.All(await municipal.MarkersAsync(run.Id), m => Assert.StartsWith("edu01", m.SchoolCode));
        Assert.Null(await municipal.SchoolAsync("edu0201"));

        var leader = new SchoolListQueries(db, AccessScope.Schools(Roles.SchoolLeader, [schools["edu0202"].Id]));
        Assert.Equal(["edu0202"], (await leader.RowsAsync(run.Id)).Select(r => r.Code));
        var own = (await leader.SchoolAsync("edu0202"))!;
        Assert.Equal("edu0202", own.School.Code);
        Assert.Single(own.Markers);
        Assert.Null(await leader.SchoolAsync("edu0101"));
    }

    private static async Task<int> PublishAsync(OrientirDbContext db, int methodologyId, IEnumerable<int> schoolIds, string lowResults)
    {
        var codes = await db.Schools.ToDictionaryAsync(s => s.Id, s => s.Code);
        var entries = schoolIds.Select(id => new SchoolAnalysisEntry
        {
            SchoolId = id,
            LowResults = codes[id] == lowResults,
            EvidenceJson = EvidenceJson.Write(new Dictionary<string, IReadOnlyList<Evidence>>
            {
                [EvidenceSections.LowResults] = [new Evidence("composite", 0.42)],
            }),
        }).ToList();
        var markers = schoolIds.Select(id => new ObjectivityMarkerRecord
        {
            SchoolId = id, ProcedureCode = "VPR-2025-MA-4", Kind = "Bunching", Statistic = 3.5, Raised = codes[id].EndsWith('1'),
            EvidenceJson = EvidenceJson.Write([new Evidence("at_threshold_share", 0.35)]),
        }).ToList();
        var run = new SchoolAnalysisRun(2025, methodologyId, "analyst", DateTime.UtcNow, "{}");
        return await SchoolAnalysisRunWriter.WriteAsync(db, run, entries, markers, "test");
    }
}
