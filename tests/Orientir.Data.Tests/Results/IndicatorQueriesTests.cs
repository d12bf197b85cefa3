using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Results;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Testing;

namespace Orientir.Data.Tests.Results;

/// <summary>
/// The standard test package with the mathematics results replaced by 13 works computed by hand: edu0101 6 works,
/// edu0102 2 (suppressed), edu0201 5, edu0202 none; minimum score 3; skills S1 (tasks 1, 2) and S2 (tasks 2, 4).
/// </summary>
public class IndicatorQueriesTests
{
    private const double Precision = 1e-9;
    private const string X = "X";

    // task maxima 1, 2, 2, 3; marks 3 from 3 points, 4 from 5, 5 from 7
    private static readonly (string School, string[] Scores, int Primary, int Mark, string Journal)[] MaRows =
    [
        ("edu0101", ["1", "2", "2", "3"], 8, 5, "5"),
        ("edu0101", ["1", "2", "1", "1"], 5, 4, "5"),
        ("edu0101", ["0", "1", X, "0"], 1, 2, "4"),
        ("edu0101", ["1", "0", "2", "2"], 5, 4, "3"),
        ("edu0101", ["1", "2", "2", "2"], 7, 5, ""),
        ("edu0101", ["0", "0", "0", "0"], 0, 2, "3"),
        ("edu0102", ["1", "1", "1", "1"], 4, 3, "3"),
        ("edu0102", ["1", "2", "0", "0"], 3, 3, "5"),
        ("edu0201", ["1", "2", "2", "3"], 8, 5, "3"),
        ("edu0201", ["0", "2", "1", "0"], 3, 3, "4"),
        ("edu0201", [X, X, X, X], 0, 2, "2"),
        ("edu0201", ["1", "1", "0", "1"], 3, 3, "3"),
        ("edu0201", ["1", "2", "1", "3"], 7, 5, "4"),
    ];

    private static TestPackage HandPackage()
    {
        var package = TestPackage.Standard();
        package.Set("procedures.csv", 3, "min_score", "3");
        package.Set("tasks.csv", 6, "skills", "S1");
        package.Set("tasks.csv", 7, "skills", "S1|S2");
        package.Set("tasks.csv", 9, "skills", "S2");
        var rows = new List<string[]> { package.Files[TestPackage.MaResults][0] };
        for (var i = 0; i < MaRows.Length; i++)
        {
            var r = MaRows[i];
            rows.Add([r.School, $"MA-{i:000}", $"S{i:000}", "4А", "1", r.Journal, .. r.Scores, r.Primary.ToString(), r.Mark.ToString()]);
        }
        package.Files[TestPackage.MaResults] = rows;
        return package;
    }

    private static async Task<TestDatabase> ImportedAsync(DatabaseProvider provider, TestPackage package)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");
        ImportAssertions.Succeeded(outcome);
        return database;
    }

    private static IndicatorQueries Queries(OrientirDbContext db, AccessScope scope) => new(db, scope, IndicatorSettings.Default);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Computes_the_region_from_the_imported_works_as_by_hand(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();

        var set = await Queries(db, AccessScope.Region(Roles.RegionAnalyst)).ProcedureAsync(TestPackage.Ma);

        var region = set!.Region.Indicators;
        Assert.Equal(IndicatorLevel.Region, set.Region.Level);
        Assert.Equal(13, region.Participants);
        Assert.Equal(GroupStatus.NotInformative, region.Status);
        Assert.Equal(100.0 * 54 / (13 * 8), region.MeanPercent!.Value, Precision);
        Assert.Equal(300.0 / 13, region.Marks!.Two, Precision);
        Assert.Equal(400.0 / 13, region.Marks.Three, Precision);
        Assert.Equal(200.0 / 13, region.Marks.Four, Precision);
        Assert.Equal(400.0 / 13, region.Marks.Five, Precision);
        Assert.Equal(1000.0 / 13, region.SuccessRate!.Value, Precision);
        Assert.Equal(600.0 / 13, region.QualityRate!.Value, Precision);
        Assert.Equal(300.0 / 13, region.BelowMinimumShare!.Value, Precision);
        Assert.Equal([900.0 / 13, 1700.0 / 26, 1200.0 / 26, 1600.0 / 39], region.Tasks.Select(t => t.SuccessRate), new Near());
        Assert.Equal([900.0 / 13, 700.0 / 13, 400.0 / 13, 300.0 / 13], region.Tasks.Select(t => t.FullScoreShare), new Near());
        Assert.Equal([SuccessLevel.Sufficient, SuccessLevel.Sufficient, SuccessLevel.Sufficient, SuccessLevel.Sufficient],
            region.Tasks.Select(t => t.SuccessLevel));
        Assert.Equal(["S1", "S2"], region.Skills.Select(s => s.Code));
        Assert.Equal([2600.0 / 39, 3300.0 / 65], region.Skills.Select(s => s.SuccessRate), new Near());
        Assert.Equal([2, 1, 0, 3, 1, 2, 0, 2, 2], region.ScoreHistogram);
        Assert.Equal(12, region.Journal!.Compared);
        Assert.Equal(500.0 / 12, region.Journal.Lower, Precision);
        Assert.Equal(400.0 / 12, region.Journal.Same, Precision);
        Assert.Equal(300.0 / 12, region.Journal.Higher, Precision);
        Assert.Equal(300.0 / 12, region.Journal.DifferByTwoOrMore, Precision);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Sums_municipalities_of_their_schools_and_suppresses_small_schools(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();

        var set = await Queries(db, AccessScope.Region(Roles.RegionAnalyst)).ProcedureAsync(TestPackage.Ma);

        Assert.Equal(["M01", "M02"], set!.Municipalities.Select(m => m.Code));
        Assert.Equal([8, 5], set.Municipalities.Select(m => m.Indicators.Participants));
        Assert.Equal(100.0 * 33 / 64, set.Municipalities[0].Indicators.MeanPercent!.Value, Precision);
        Assert.Equal(100.0 * 21 / 40, set.Municipalities[1].Indicators.MeanPercent!.Value, Precision);
        Assert.Equal(["edu0101", "edu0102", "edu0201"], set.Schools.Select(s => s.Code));
        var first = set.Schools[0].Indicators;
        Assert.Equal(100.0 * 26 / 48, first.MeanPercent!.Value, Precision);
        Assert.Equal(100.0 / 3, first.Marks!.Two, Precision);
        Assert.Equal(0, first.Marks.Three, Precision);
        Assert.Equal(5, first.Journal!.Compared);
        Assert.Equal(60, first.Journal.Lower, Precision);
        var small = set.Schools[1].Indicators;
        Assert.Equal(GroupStatus.Suppressed, small.Status);
        Assert.Equal(2, small.Participants);
        Assert.Null(small.MeanPercent);
        Assert.Empty(small.Tasks);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Gives_a_municipal_officer_only_their_municipality_and_its_schools_with_the_region_baseline(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();
        var m02 = await db.Municipalities.Where(m => m.Code == "M02").Select(m => m.Id).SingleAsync();
        var queries = Queries(db, AccessScope.Municipality(Roles.MunicipalOfficer, m02));

        var set = await queries.ProcedureAsync(TestPackage.Ma);

        Assert.Equal(13, set!.Region.Indicators.Participants);
        Assert.Equal(["M02"], set.Municipalities.Select(m => m.Code));
        Assert.Equal(["edu0201"], set.Schools.Select(s => s.Code));
        Assert.Null(await queries.DynamicsAsync(IndicatorLevel.Municipality, "M01"));
        Assert.Null(await queries.DynamicsAsync(IndicatorLevel.School, "edu0101"));
        Assert.NotNull(await queries.DynamicsAsync(IndicatorLevel.School, "edu0201"));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Gives_a_school_scope_its_school_and_the_region_only_for_procedures_it_took_part_in(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();
        var edu0202 = await db.Schools.Where(s => s.Code == "edu0202").Select(s => s.Id).SingleAsync();
        var queries = Queries(db, AccessScope.Schools(Roles.SchoolLeader, [edu0202]));

        // edu0202 wrote Russian but not mathematics.
        Assert.Null(await queries.ProcedureAsync(TestPackage.Ma));
        var year = await queries.YearAsync(2025);

        var ru = Assert.Single(year);
        Assert.Equal(TestPackage.Ru, ru.Design.Code);
        Assert.Equal(TestPackage.RuWorks, ru.Region.Indicators.Participants);
        Assert.Equal(["edu0202"], ru.Schools.Select(s => s.Code));
        Assert.Equal(GroupStatus.Suppressed, ru.Schools[0].Indicators.Status);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Keeps_a_procedure_computed_until_it_is_imported_again(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();
        var queries = Queries(db, AccessScope.Region(Roles.RegionAnalyst));
        var ma = await db.Procedures.Where(p => p.Code == TestPackage.Ma).Select(p => p.Id).SingleAsync();
        var ru = await db.Procedures.Where(p => p.Code == TestPackage.Ru).Select(p => p.Id).SingleAsync();

        await queries.YearAsync(2025);
        var maComputed = IndicatorCache.Shared.Peek(database.ConnectionString, ma);
        var ruComputed = IndicatorCache.Shared.Peek(database.ConnectionString, ru);
        await queries.YearAsync(2025);
        Assert.Same(maComputed, IndicatorCache.Shared.Peek(database.ConnectionString, ma));

        // The last work scores 0 on task 4 instead of 3: primary 4, mark 3.
        package.Set(TestPackage.MaResults, 14, "4", "0").Set(TestPackage.MaResults, 14, "primary_score", "4")
            .Set(TestPackage.MaResults, 14, "mark", "3");
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst"));
        var set = await queries.ProcedureAsync(TestPackage.Ma);

        Assert.NotSame(maComputed, IndicatorCache.Shared.Peek(database.ConnectionString, ma));
        Assert.Same(ruComputed, IndicatorCache.Shared.Peek(database.ConnectionString, ru));
        Assert.Equal(100.0 * 51 / (13 * 8), set!.Region.Indicators.MeanPercent!.Value, Precision);
        Assert.Equal(1300.0 / 39, set.Region.Indicators.Tasks[3].SuccessRate, Precision);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Refreshes_after_an_import_only_the_procedures_it_changed(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();
        var queries = Queries(db, AccessScope.Region(Roles.RegionAnalyst));

        Assert.Equal(2, await queries.RefreshAsync());
        Assert.Equal(0, await queries.RefreshAsync());
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst"));
        Assert.Equal(0, await queries.RefreshAsync());

        // The second work (mark 4, journal 5: lowered) is confirmed now.
        package.Set(TestPackage.MaResults, 3, "journal_mark", "4");
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst"));
        Assert.Equal(1, await queries.RefreshAsync());
        Assert.Equal(400.0 / 12, (await queries.ProcedureAsync(TestPackage.Ma))!.Region.Indicators.Journal!.Lower, Precision);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Moves_a_schools_results_with_it_when_an_import_moves_it_to_another_municipality(DatabaseProvider provider)
    {
        using var package = HandPackage();
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();
        var queries = Queries(db, AccessScope.Region(Roles.RegionAnalyst));
        Assert.Equal([8, 5], (await queries.ProcedureAsync(TestPackage.Ma))!.Municipalities.Select(m => m.Indicators.Participants));

        package.Set("schools.csv", 4, "municipality_code", "M01");
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst"));
        var set = await queries.ProcedureAsync(TestPackage.Ma);

        Assert.Equal(["M01"], set!.Municipalities.Select(m => m.Code));
        Assert.Equal(13, set.Municipalities[0].Indicators.Participants);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Builds_a_series_of_the_share_of_two_over_the_years(DatabaseProvider provider)
    {
        using var package = HandPackage();
        // The same mathematics a year earlier, except that the work of edu0201 with nothing done scored 8, a "5":
        // the share of "2" rises from 2/13 to 3/13.
        const string earlier = "VPR-2024-MA-4";
        package.Files["procedures.csv"].Add([earlier, "VPR", "MA", "4", "2024", "8", "3:3;4:5;5:7", ""]);
        foreach (var task in package.Files["tasks.csv"].Where(r => r[0] == TestPackage.Ma).ToList())
            package.Files["tasks.csv"].Add([earlier, .. task.Skip(1)]);
        package.Files[$"results/{earlier}.csv"] = [.. package.Files[TestPackage.MaResults].Select((r, i) =>
            i == 11 ? (string[])[r[0], "E-" + r[1], r[2], r[3], r[4], r[5], "1", "2", "2", "3", "8", "5"] : i == 0 ? r : [r[0], "E-" + r[1], .. r.Skip(2)])];
        await using var database = await ImportedAsync(provider, package);
        await using var db = database.CreateContext();

        var series = await Queries(db, AccessScope.Region(Roles.RegionAnalyst)).DynamicsAsync(IndicatorLevel.Region, null);

        var ma = Assert.Single(series!, s => s.Points[0].ProcedureCode == earlier);
        Assert.Equal([2024, 2025], ma.Points.Select(p => p.Year));
        Assert.Equal(200.0 / 13, ma.Points[0].ShareOfTwo!.Value, Precision);
        Assert.Equal(100.0 / 13, ma.Points[1].ChangeOfShareOfTwo!.Value, Precision);
        Assert.False(ma.Points[1].NegativeDynamics);
        Assert.Contains("Математика", ma.Title);
    }

    private sealed class Near : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < Precision;
        public int GetHashCode(double obj) => 0;
    }
}
