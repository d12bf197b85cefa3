using System.Text.Json;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary>
/// The analyst's path of the foundation issue, through the real command: generate a demo package, import it,
/// count it, import it again, and import a package with one bad row.
/// </summary>
public class PackageRoundTripTests
{
    private const int Schools = 40;

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_generated_package_round_trips_with_counts_equal_to_the_files_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = await GeneratedPackage.CreateAsync(Schools);

        var import = await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString);
        Assert.True(import.ExitCode == 0, import.All);

        var stats = await StatsAsync(database);
        Assert.Equal(package.CountRows("municipalities.csv"), stats.Municipalities);
        Assert.Equal(package.CountRows("schools.csv"), stats.Schools);
        Assert.Equal(package.CountRows("procedures.csv"), stats.Procedures);
        Assert.Equal(package.CountRows("tasks.csv"), stats.Tasks);
        Assert.Equal(package.CountResultRows(), stats.Works);
        Assert.Equal(Schools, stats.Schools);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_second_import_of_the_same_package_changes_nothing_and_says_so(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = await GeneratedPackage.CreateAsync(Schools);
        Assert.Equal(0, (await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString)).ExitCode);
        var before = await StatsAsync(database);
        var batchesBefore = await CountBatchesAsync(database);

        var again = await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString);

        Assert.True(again.ExitCode == 0, again.All);
        Assert.Contains("без изменений", again.All);
        Assert.Equal(before, await StatsAsync(database));
        Assert.Equal(batchesBefore, await CountBatchesAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_package_with_one_bad_row_exits_non_zero_names_the_file_and_line_and_leaves_the_database_as_it_was(
        DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var first = await GeneratedPackage.CreateAsync(Schools, years: "2024");
        Assert.Equal(0, (await OrientirProcess.RunAsync("import", first.Directory, "--db", database.ConnectionString)).ExitCode);
        var before = await StatsAsync(database);

        // The next year's package, whole but for one task score above its maximum in one results file.
        using var next = await GeneratedPackage.CreateAsync(Schools, years: "2024,2025");
        var (file, line) = next.BreakOneTaskScore("VPR-2025-MA-4");

        var import = await OrientirProcess.RunAsync("import", next.Directory, "--db", database.ConnectionString);

        Assert.NotEqual(0, import.ExitCode);
        Assert.Contains($"{file}:{line}:", import.All);
        Assert.Equal(before, await StatsAsync(database));
    }

    [Fact]
    public async Task Import_of_a_missing_folder_is_a_usage_error_in_russian()
    {
        var run = await OrientirProcess.RunAsync("import", "/nonexistent/orientir-package", "--db", "Data Source=/tmp/never.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/orientir-package", run.All);
        Assert.DoesNotContain("   at ", run.All);
    }

    private static async Task<Counts> StatsAsync(TestDatabase database)
    {
        var run = await OrientirProcess.RunAsync("db", "stats", "--json", "--db", database.ConnectionString);
        Assert.True(run.ExitCode == 0, run.All);
        return JsonSerializer.Deserialize<Counts>(run.Output, JsonSerializerOptions.Web)!;
    }

    private static async Task<int> CountBatchesAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return context.ImportBatches.Count();
    }

    private sealed record Counts(int Municipalities, int Schools, int Procedures, int Tasks, long Works);
}
