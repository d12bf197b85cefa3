using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import;

/// <summary>A cancelled import (Ctrl+C, «Отменить») stores nothing, whenever it is cancelled.</summary>
public class CancellationTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Cancelling_while_the_works_are_stored_leaves_the_database_exactly_as_it_was(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using (var first = TestPackage.Standard())
            ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(first.Write(), "analyst"));
        var before = await DatabaseState.OfAsync(database);

        // A corrected package: a school renamed and a score in each results file changed, so every file is stored again.
        using var package = TestPackage.Standard()
            .Set("schools.csv", 2, "name", "МБОУ СОШ № 1 имени А. С. Пушкина")
            .Set(TestPackage.RuResults, 2, "primary_score", "").Set(TestPackage.MaResults, 2, "primary_score", "");
        using var cancel = new CancellationTokenSource();
        var storedRows = 0L;
        // The second results file (RU after MA) starts after the first one's works went into the transaction.
        var progress = new Listener(p =>
        {
            storedRows = p.PackageRowsDone;
            if (p is { File: TestPackage.RuResults, RowsTotal: not null }) cancel.Cancel();
        });

        var outcome = await new PackageImporter(database.ConnectionString)
            .ImportDirectoryAsync(package.Write(), "analyst", progress, cancel.Token);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(ImportCodes.Cancelled, error.Code);
        Assert.Equal("загрузка отменена: ничего не сохранено", error.Message);
        Assert.True(storedRows >= TestPackage.MaWorks, $"cancelled before the works were stored ({storedRows} rows)");
        Assert.DoesNotContain(outcome.Files, f => f.Status == FileImportStatus.Imported);
        Assert.Equal(before, await DatabaseState.OfAsync(database));

        // Nothing is left half-done either: the same package then imports whole.
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Folder, "analyst"));
        Assert.NotEqual(before, await DatabaseState.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_import_cancelled_before_it_starts_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var before = await DatabaseState.OfAsync(database);

        var outcome = await new PackageImporter(database.ConnectionString)
            .ImportDirectoryAsync(package.Write(), "analyst", null, new CancellationToken(canceled: true));

        Assert.Equal(ImportCodes.Cancelled, Assert.Single(outcome.Errors).Code);
        Assert.Equal(before, await DatabaseState.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_large_first_import_keeps_every_index_and_foreign_key_of_the_works(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var before = await DatabaseState.WorkSchemaAsync(database);

        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst"));

        Assert.Equal(before, await DatabaseState.WorkSchemaAsync(database));
        Assert.Contains(before, d => d.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class Listener(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>Everything an import may change, compared whole: counts, every work, names, batches, and the schema of the works.</summary>
    private sealed record DatabaseState(TableCounts Counts, string Works, string Schools, string Batches, string Schema)
    {
        public static async Task<DatabaseState> OfAsync(TestDatabase database)
        {
            await using var context = database.CreateContext();
            var works = await context.Works.AsNoTracking().OrderBy(w => w.Id)
                .Select(w => new { w.Id, w.ProcedureId, w.SchoolId, w.Participant, w.Scores, w.PrimaryScore, w.Mark, w.ImportBatchId })
                .ToListAsync();
            var schools = await context.Schools.AsNoTracking().OrderBy(s => s.Code).Select(s => s.Code + "=" + s.Name + "@" + s.ImportBatchId).ToListAsync();
            var batches = await context.ImportBatches.AsNoTracking().OrderBy(b => b.Id).Select(b => b.FileName + ":" + b.Rows).ToListAsync();
            return new DatabaseState(await TableCounts.OfAsync(database),
                string.Join("\n", works.Select(w => $"{w.Id} {w.ProcedureId} {w.SchoolId} {w.Participant} {Convert.ToHexString(w.Scores)} {w.PrimaryScore} {w.Mark} {w.ImportBatchId}")),
                string.Join("\n", schools), string.Join("\n", batches), string.Join("\n", await WorkSchemaAsync(database)));
        }

        /// <summary>The definitions of the works' indexes and foreign keys as the database reports them.</summary>
        public static async Task<List<string>> WorkSchemaAsync(TestDatabase database)
        {
            await using var context = database.CreateContext();
            var sql = database.Provider == DatabaseProvider.Postgres
                ? """
                  SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename = 'Works'
                  UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"Works"'::regclass
                  """
                : """
                  SELECT sql AS "Value" FROM sqlite_master WHERE tbl_name = 'Works' AND sql IS NOT NULL
                  """;
            var definitions = await context.Database.SqlQueryRaw<string>(sql).ToListAsync();
            return [.. definitions.Order(StringComparer.Ordinal)];
        }
    }
}
