using Orientir.Data.Database;
using Orientir.Testing;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>
/// Every reader fed damaged inputs (docs/adapters/fuzzing.md): each import ends with clear coded errors and an
/// unchanged database, or is accepted and then idempotent; none throws or hangs.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, 12)]
    [InlineData(DatabaseProvider.Postgres, 2)]
    public async Task Damaged_inputs_give_coded_errors_and_leave_the_database_unchanged(DatabaseProvider provider, int casesPerSeed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var harness = new FuzzHarness(database);
        await harness.ImportBaselineAsync();

        await harness.RunAsync(FuzzSeeds.All, casesPerSeed);

        output.WriteLine($"{harness.Cases} cases, {harness.Accepted} accepted, {harness.Failures.Count} failed");
        output.WriteLine("error codes (cases): " + string.Join(", ", harness.Codes.Select(c => $"{c.Key} {c.Value}")));
        foreach (var skipped in harness.Skipped) output.WriteLine("skipped seed " + skipped);
        Assert.True(harness.Cases > 0, "no case ran");
        Assert.True(harness.Failures.Count == 0, string.Join("\n", harness.Failures.Take(40)));
    }
}
