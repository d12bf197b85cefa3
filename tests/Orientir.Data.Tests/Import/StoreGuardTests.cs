using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import;

/// <summary>What the store phase does when the world changed after the package was checked.</summary>
public class StoreGuardTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Stores_nothing_when_another_import_came_in_after_the_check(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var (context, files, check, snapshot) = await CheckAsync(database, package.Write());
        await using var _ = context;

        using (var other = new TestPackage())
        {
            other.Files["municipalities.csv"] = [["code", "name"], ["M77", "Другой район"]];
            ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(other.Write(), "other"));
        }
        var before = await TableCounts.OfAsync(database);

        var errors = await new PackageWriter(context, files, check, snapshot, "analyst", "package", [], null).WriteAsync(CancellationToken.None);

        Assert.Equal(ImportCodes.ConcurrentImport, Assert.Single(errors).Code);
        Assert.Equal(before, await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Stores_nothing_when_a_results_file_changed_after_it_was_fingerprinted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var (context, files, check, snapshot) = await CheckAsync(database, package.Write());
        await using var _ = context;

        File.AppendAllText(Path.Combine(package.Folder, TestPackage.MaResults), "edu0101;MA-999;;;;;1;2;2;3;8;5\r\n");
        var errors = await new PackageWriter(context, files, check, snapshot, "analyst", "package", [], null).WriteAsync(CancellationToken.None);

        var error = Assert.Single(errors);
        Assert.Equal(ImportCodes.FileChanged, error.Code);
        Assert.Equal(TestPackage.MaResults, error.File);
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    private static async Task<(OrientirDbContext, List<PackageFile>, PackageCheck, DatabaseSnapshot)> CheckAsync(
        TestDatabase database, string folder)
    {
        var warnings = new List<ImportError>();
        var files = PackageLayout.Discover(folder, warnings);
        files.ForEach(PackageLayout.Fingerprint);
        var context = database.CreateContext();
        var snapshot = await DatabaseSnapshot.LoadAsync(context, CancellationToken.None);
        var check = new PackageCheck(files, snapshot, warnings, null);
        check.Run();
        Assert.False(check.HasErrors);
        return (context, files, check, snapshot);
    }
}
