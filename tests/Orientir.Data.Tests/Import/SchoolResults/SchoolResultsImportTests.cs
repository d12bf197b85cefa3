using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.SchoolResults;

public class SchoolResultsImportTests
{
    private const string File = SchoolResultsPackage.File;

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Imports_aggregates_of_procedures_without_tasks_under_the_files_batch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = SchoolResultsPackage.Create();

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Equal(3, outcome.Files.Single(f => f.File == File).Rows);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Tasks.CountAsync());
        var batch = await context.ImportBatches.SingleAsync(b => b.FileName == File);
        var stored = await Aggregates(context);
        Assert.Equal(3, stored.Count);
        Assert.All(stored.Values, a => Assert.Equal(batch.Id, a.ImportBatchId));

        var ege = stored[(SchoolResultsPackage.Ege, "edu0101")];
        Assert.Equal((30, 2, 5, 1, 61.5, (double?)null), (ege.Participants, ege.BelowMinimum, ege.Score80To99, ege.Score100, ege.MeanScore, ege.MeanMark));
        Assert.Null(ege.Mark2Share);
        var vpr = stored[(SchoolResultsPackage.Vpr, "edu0101")];
        Assert.Equal((25, 4.0, 36.0, 40.0, 20.0, 11.5, 3.76),
            (vpr.Participants, vpr.Mark2Share, vpr.Mark3Share, vpr.Mark4Share, vpr.Mark5Share, vpr.MeanScore, vpr.MeanMark));
        Assert.Null(vpr.BelowMinimum);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reimporting_the_same_file_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = SchoolResultsPackage.Create();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));
        var before = await TableCounts.OfAsync(database);

        var again = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        Assert.True(again.ChangedNothing);
        Assert.Equal(before, await TableCounts.OfAsync(database));
        Assert.Equal(3, await SchoolResultsPackage.AggregatesAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_changed_row_replaces_its_stored_aggregate_and_only_it_moves_to_the_new_batch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = SchoolResultsPackage.Create();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));

        // Only the aggregates come again: the procedures (one ЕГЭ, one without tasks) are the database's now.
        package.Files.Remove("municipalities.csv");
        package.Files.Remove("schools.csv");
        package.Files.Remove("procedures.csv");
        package.Set(File, 3, "participants", "14").Set(File, 3, "mean_score", "50,25");
        var outcome = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        await using var context = database.CreateContext();
        var batches = await context.ImportBatches.Where(b => b.FileName == File).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        Assert.Equal(2, batches.Count);
        var stored = await Aggregates(context);
        Assert.Equal(3, stored.Count);
        var changed = stored[(SchoolResultsPackage.Ege, "edu0102")];
        Assert.Equal((14, 50.25, batches[1]), (changed.Participants, changed.MeanScore, changed.ImportBatchId));
        Assert.Equal(batches[0], stored[(SchoolResultsPackage.Ege, "edu0101")].ImportBatchId);
        Assert.Equal(batches[0], stored[(SchoolResultsPackage.Vpr, "edu0101")].ImportBatchId);
    }

    private static async Task<Dictionary<(string, string), Domain.Results.SchoolResultAggregate>> Aggregates(OrientirDbContext context)
    {
        var procedures = await context.Procedures.ToDictionaryAsync(p => p.Id, p => p.Code);
        var schools = await context.Schools.ToDictionaryAsync(s => s.Id, s => s.Code);
        return await context.SchoolResultAggregates.AsNoTracking()
            .ToDictionaryAsync(a => (procedures[a.ProcedureId], schools[a.SchoolId]));
    }
}
