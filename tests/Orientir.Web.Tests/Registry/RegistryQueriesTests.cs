using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Registry;
using Orientir.Domain.Access;
using Orientir.Domain.Results;
using Orientir.Testing;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Registry;

/// <summary>The scoped read side on both databases, without the web app.</summary>
public class RegistryQueriesTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_municipal_scope_counts_and_lists_only_its_municipality(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TestRegion.SeedRegistryAsync(database.ConnectionString);
        await using var db = database.CreateContext();
        var m01 = await db.Municipalities.Where(m => m.Code == "M01").Select(m => m.Id).SingleAsync();
        var queries = new RegistryQueries(db, AccessScope.Municipality(Roles.MunicipalOfficer, m01));

        var region = await queries.RegionAsync();
        Assert.Equal(new RegionSummary(false, 1, 2, 1, 5), region);
        Assert.Equal([new MunicipalityRow("M01", TestRegion.MunicipalityNames["M01"], 2)], await queries.MunicipalitiesAsync());
        Assert.Null(await queries.MunicipalityAsync("M02"));
        Assert.Null(await queries.SchoolAsync("S021"));
        Assert.Null(await queries.ProcedureAsync(TestRegion.SecondProcedureCode));
        var procedure = await queries.ProcedureAsync(TestRegion.ProcedureCode);
        Assert.Equal(5, procedure!.Participants);
        Assert.Equal(2, procedure.Schools);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_curator_sees_the_assigned_schools_across_municipalities(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TestRegion.SeedRegistryAsync(database.ConnectionString);
        await using var db = database.CreateContext();
        var ids = await db.Schools.Where(s => s.Code == "S011" || s.Code == "S021").Select(s => s.Id).ToListAsync();
        var queries = new RegistryQueries(db, AccessScope.Schools(Roles.Curator, ids));

        var municipalities = await queries.MunicipalitiesAsync();
        Assert.Equal(["M01", "M02"], municipalities.Select(m => m.Code));
        Assert.All(municipalities, m => Assert.Equal(1, m.Schools));
        var m02 = await queries.MunicipalityAsync("M02");
        Assert.Equal(["S021"], m02!.Schools.Select(s => s.Code));
        var procedures = await queries.ProceduresAsync();
        Assert.Equal([(TestRegion.SecondProcedureCode, 1L), (TestRegion.ProcedureCode, 7L)], procedures.Select(p => (p.Code, p.Participants)));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_region_reads_schools_procedures_and_finds_cyrillic_names_in_any_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TestRegion.SeedRegistryAsync(database.ConnectionString);
        await using var db = database.CreateContext();
        var queries = new RegistryQueries(db, AccessScope.Region(Roles.RegionAnalyst));

        Assert.Equal(["S012", "S022"], (await queries.SearchSchoolsAsync("ШКОЛА")).Select(s => s.Code));
        Assert.Equal(["S021"], (await queries.SearchSchoolsAsync("s021")).Select(s => s.Code));

        var school = await queries.SchoolAsync("S011");
        Assert.Equal(35.5, school!.Passport.BothParentsHigherEducation);
        Assert.Null(school.Passport.UnemployedParents);
        Assert.Equal([(TestRegion.ProcedureCode, 3)], school.Procedures.Select(p => (p.Code, p.Participants)));

        var procedure = await queries.ProcedureAsync(TestRegion.ProcedureCode);
        Assert.Equal(["1", "2", "3"], procedure!.Tasks.Select(t => t.Label));
        Assert.Equal([TaskLevel.Basic, TaskLevel.Advanced, TaskLevel.High], procedure.Tasks.Select(t => t.Level));
        Assert.Equal(["1.1", "1.2"], procedure.Tasks[0].Skills);
        Assert.Equal(new MarkThresholds(2, 4, 6), procedure.Thresholds);
        Assert.Equal(10, procedure.Participants);
    }

    [Fact]
    public async Task A_scope_of_nothing_sees_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestRegion.SeedRegistryAsync(database.ConnectionString);
        await using var db = database.CreateContext();
        var queries = new RegistryQueries(db, AccessScope.Nothing(Roles.Teacher));

        Assert.Equal(new RegionSummary(false, 0, 0, 0, 0), await queries.RegionAsync());
        Assert.Empty(await queries.SearchSchoolsAsync("S0"));
        Assert.Null(await queries.SchoolAsync("S011"));
    }
}
