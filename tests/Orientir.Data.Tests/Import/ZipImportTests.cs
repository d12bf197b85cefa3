using System.IO.Compression;
using System.Text;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import;

public class ZipImportTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Imports_a_zipped_package_whose_files_are_inside_one_top_level_folder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        package.Write();
        File.WriteAllText(Path.Combine(package.Folder, "readme.txt"), "Пакет региона");
        using var zip = Zip(package.Folder, "region-2025/");

        var outcome = await new PackageImporter(database.ConnectionString).ImportZipAsync(zip, "region-2025.zip", "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Contains(outcome.Files, f => f.File == TestPackage.RuResults && f.Status == FileImportStatus.Imported);
        Assert.Contains(outcome.Warnings, w => w.File == "readme.txt");
        Assert.Equal(new TableCounts(2, 4, 2, 8, 30, 6, 1), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_zip_of_a_package_already_imported_from_a_folder_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));
        using var zip = Zip(package.Folder, "");

        var outcome = await importer.ImportZipAsync(zip, "package.zip", "analyst");

        Assert.True(outcome.ChangedNothing);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Refuses_a_zip_with_an_entry_that_escapes_the_package_folder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var outside = Path.Combine(Path.GetTempPath(), "orientir-zip-slip-" + Guid.NewGuid().ToString("N") + ".csv");
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "municipalities.csv", "code;name\r\nM01;Район\r\n");
            Write(archive, "../../../../../../.." + outside, "boom");
        }
        zip.Position = 0;

        var outcome = await new PackageImporter(database.ConnectionString).ImportZipAsync(zip, "evil.zip", "analyst");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(ImportCodes.UnsafeZipEntry, error.Code);
        Assert.Equal("evil.zip", error.File);
        Assert.False(File.Exists(outside));
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Refuses_a_file_that_is_not_a_zip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var notZip = new MemoryStream(Encoding.UTF8.GetBytes("code;name\r\n"));

        var outcome = await new PackageImporter(database.ConnectionString).ImportZipAsync(notZip, "package.zip", "analyst");

        Assert.Equal(ImportCodes.BadZip, Assert.Single(outcome.Errors).Code);
    }

    private static MemoryStream Zip(string folder, string prefix)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                archive.CreateEntryFromFile(path, prefix + Path.GetRelativePath(folder, path).Replace('\\', '/'));
        }
        zip.Position = 0;
        return zip;
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }
}
