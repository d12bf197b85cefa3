using System.Text.Json;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary><c>orientir analyze schools</c> through the real command: it publishes a run and writes every school's row.</summary>
public class AnalyzeSchoolsTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Publishes_the_lists_of_a_year_and_writes_every_school_with_its_evidence(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = await GeneratedPackage.CreateAsync(40, years: "2024,2025");
        Assert.Equal(0, (await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString)).ExitCode);
        var json = Path.Combine(package.Directory, "out", "schools.json");

        var run = await OrientirProcess.RunAsync("analyze", "schools", "--year", "2025", "--user", "analyst", "--json", json, "--db", database.ConnectionString);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("Списки 2025 года опубликованы", run.All);
        Assert.Contains("методика версии 1", run.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(2025, document.RootElement.GetProperty("run").GetProperty("year").GetInt32());
        var schools = document.RootElement.GetProperty("schools").EnumerateArray().ToList();
        Assert.Equal(package.CountRows("schools.csv"), schools.Count);
        Assert.Contains(schools, s => s.GetProperty("evidence").TryGetProperty("context", out var context) && context.GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_year_without_procedures_is_told_and_publishes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await OrientirProcess.RunAsync("analyze", "schools", "--year", "1999", "--db", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Нет процедур 1999 года", run.All);
    }
}
