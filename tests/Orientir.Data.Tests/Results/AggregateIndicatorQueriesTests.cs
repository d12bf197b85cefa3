using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Registry;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Domain.Results;
using Orientir.Testing;

namespace Orientir.Data.Tests.Results;

/// <summary>
/// The standard package, and two procedures without works known only from per-school forms, stored as the
/// aggregates importer stores them: a ВПР in history (edu0101 20 participants, edu0102 4, edu0201 30; edu0202 none)
/// and an ЕГЭ in mathematics (edu0101 10, edu0201 6).
/// </summary>
public class AggregateIndicatorQueriesTests
{
    private const double Precision = 1e-9;
    private const string History = "VPR-2025-HI-5";
    private const string Ege = "EGE-2025-MA-11";

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst"));
        await using var db = database.CreateContext();
        var batch = await db.ImportBatches.MaxAsync(b => b.Id);
        var history = new AssessmentProcedure(History, ProcedureKind.Vpr, "HI", 5, 2025, 15, new MarkThresholds(4, 8, 12), null, batch);
        var ege = new AssessmentProcedure(Ege, ProcedureKind.Ege, "MA", 11, 2025, 32, null, 27, batch);
        db.Procedures.AddRange(history, ege);
        await db.SaveChangesAsync();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);

        void Add(AssessmentProcedure procedure, string school, int participants, double?[] shares, int? below, int? high, int? full, double? mean)
        {
            var row = new SchoolResultAggregate(procedure.Id, schools[school], batch);
            row.Update(participants, shares[0], shares[1], shares[2], shares[3], below, high, full, mean, null, batch);
            db.SchoolResultAggregates.Add(row);
        }
        double?[] none = [null, null, null, null];
        Add(history, "edu0101", 20, [10, 40, 30, 20], null, null, null, 9);
        Add(history, "edu0102", 4, [25, 25, 25, 25], null, null, null, 6);
        Add(history, "edu0201", 30, [20, 40, 30, 10], null, null, null, 7.5);
        Add(ege, "edu0101", 10, none, 1, 2, 1, 70);
        Add(ege, "edu0201", 6, none, 0, 1, 0, 60);
        await db.SaveChangesAsync();
        return database;
    }

    private static IndicatorQueries Queries(OrientirDbContext db, AccessScope scope) => new(db, scope, IndicatorSettings.Default);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Gives_a_procedure_without_works_its_indicators_from_the_schools_aggregates(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();

        var set = (await Queries(db, AccessScope.Region(Roles.RegionAnalyst)).ProcedureAsync(History))!;

        // Counts of marks: edu0101 2, 8, 6, 4; edu0102 1, 1, 1, 1; edu0201 6, 12, 9, 3.
        var region = set.Region.Indicators;
        Assert.True(region.FromSchoolAggregates);
        Assert.Equal(54, region.Participants);
        Assert.Equal(100.0 * 9 / 54, region.Marks!.Two, Precision);
        Assert.Equal(100.0 * 24 / 54, region.QualityRate!.Value, Precision);
        Assert.Equal(429.0 / 54, region.MeanScore!.Value, Precision);
        Assert.Equal(100.0 * 429 / 54 / 15, region.MeanPercent!.Value, Precision);
        Assert.Empty(region.Tasks);
        Assert.Empty(region.Skills);
        Assert.Empty(region.ScoreHistogram);
        Assert.Null(region.Journal);

        Assert.Equal(["M01", "M02"], set.Municipalities.Select(m => m.Code));
        var m01 = set.Municipalities[0].Indicators;
        Assert.Equal(24, m01.Participants);
        Assert.Equal(100.0 * 3 / 24, m01.Marks!.Two, Precision);
        Assert.Equal(8.5, m01.MeanScore!.Value, Precision);

        Assert.Equal(["edu0101", "edu0102", "edu0201"], set.Schools.Select(s => s.Code));
        Assert.Equal(10, set.Schools[0].Indicators.Marks!.Two, Precision);
        var small = set.Schools[1].Indicators;
        Assert.Equal(GroupStatus.Suppressed, small.Status);
        Assert.Equal(4, small.Participants);
        Assert.Null(small.Marks);
        Assert.Null(small.MeanScore);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Gives_an_ege_without_works_its_test_score_mean_the_share_below_the_minimum_and_the_high_scores(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();

        var set = (await Queries(db, AccessScope.Region(Roles.RegionAnalyst)).ProcedureAsync(Ege))!;

        var region = set.Region.Indicators;
        Assert.Equal(16, region.Participants);
        Assert.Equal(GroupStatus.NotInformative, region.Status);
        Assert.Equal(1060.0 / 16, region.MeanScore!.Value, Precision);
        // ЕГЭ forms give test points: the mean percent is of 100, not of the primary maximum.
        Assert.Equal(1060.0 / 16, region.MeanPercent!.Value, Precision);
        Assert.Equal(100.0 / 16, region.BelowMinimumShare!.Value, Precision);
        Assert.Equal(3, region.Score80To99);
        Assert.Equal(1, region.Score100);
        Assert.Null(region.Marks);
        Assert.Equal(0, set.Schools.Single(s => s.Code == "edu0201").Indicators.BelowMinimumShare!.Value, Precision);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Gives_a_municipal_officer_the_aggregates_of_their_schools_only_with_the_region_baseline(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var m02 = await db.Municipalities.Where(m => m.Code == "M02").Select(m => m.Id).SingleAsync();
        var scope = AccessScope.Municipality(Roles.MunicipalOfficer, m02);
        var queries = Queries(db, scope);

        var set = (await queries.ProcedureAsync(History))!;

        Assert.Equal(54, set.Region.Indicators.Participants);
        Assert.Equal(["M02"], set.Municipalities.Select(m => m.Code));
        Assert.Equal(30, set.Municipalities[0].Indicators.Participants);
        Assert.Equal(["edu0201"], set.Schools.Select(s => s.Code));
        var listed = (await new RegistryQueries(db, scope).ProceduresAsync()).Single(p => p.Code == History);
        Assert.Equal(30, listed.Participants);
        var series = (await queries.DynamicsAsync(IndicatorLevel.School, "edu0201"))!;
        Assert.Contains(series.SelectMany(s => s.Points), p => p.ProcedureCode == History && p.ShareOfTwo == 20);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Hides_a_procedure_without_works_from_a_school_without_its_aggregate(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var edu0202 = await db.Schools.Where(s => s.Code == "edu0202").Select(s => s.Id).SingleAsync();
        var edu0201 = await db.Schools.Where(s => s.Code == "edu0201").Select(s => s.Id).SingleAsync();

        Assert.Null(await Queries(db, AccessScope.Schools(Roles.SchoolLeader, [edu0202])).ProcedureAsync(History));
        var own = (await Queries(db, AccessScope.Schools(Roles.SchoolLeader, [edu0201])).ProcedureAsync(History))!;
        Assert.Equal(["edu0201"], own.Schools.Select(s => s.Code));
        var school = (await new RegistryQueries(db, AccessScope.Schools(Roles.SchoolLeader, [edu0201])).SchoolAsync("edu0201"))!;
        Assert.Contains(school.Procedures, p => p.Code == History && p.Participants == 30);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Hands_the_school_analytics_the_aggregates_of_the_procedures_without_works(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();

        var input = await SchoolAnalysisLoader.LoadAsync(db, 2025);

        Assert.Equal([Ege, History], input.Aggregates!.Select(a => a.Design.Code).Order(StringComparer.Ordinal));
        var history = input.Aggregates!.Single(a => a.Design.Code == History);
        Assert.Equal([20, 4, 30], history.Schools.Select(s => s.Participants));
        Assert.Equal(0, input.Procedures.Single(p => p.Design.Code == History).Count);
    }
}
