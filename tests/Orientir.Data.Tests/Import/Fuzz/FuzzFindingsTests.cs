using System.IO.Compression;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>What the fuzzer found, each pinned by one deterministic case (docs/adapters/fuzzing.md).</summary>
public class FuzzFindingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orientir-fuzz-finding-").FullName;

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_field_larger_than_the_csv_reader_buffer_is_a_malformed_row_not_a_crash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (package, files) = FuzzSeeds.Packages.Standard(_folder);
        files["schools.csv"][2][2] = new string('Ж', 10 << 20);
        File.WriteAllText(Path.Combine(package, "schools.csv"), CsvMutations.Serialize(files["schools.csv"], ';'));

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package, "analyst");

        ImportAssertions.HasError(outcome, "schools.csv", 3, "", ImportCodes.MalformedRow);
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_header_line_of_megabytes_without_a_line_break_is_a_malformed_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (package, _) = FuzzSeeds.Packages.Standard(_folder);
        File.WriteAllText(Path.Combine(package, "municipalities.csv"), "code;name" + new string('Ж', 10 << 20));

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package, "analyst");

        ImportAssertions.HasError(outcome, "municipalities.csv", 1, "", ImportCodes.MalformedRow);
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_long_bad_value_is_quoted_in_sixty_characters(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (package, files) = FuzzSeeds.Packages.Standard(_folder);
        files["schools.csv"][1][5] = new string('9', 5000) + "x";
        File.WriteAllText(Path.Combine(package, "schools.csv"), CsvMutations.Serialize(files["schools.csv"], ';'));

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package, "analyst");

        ImportAssertions.HasError(outcome, "schools.csv", 2, "students", ImportCodes.BadNumber);
        var error = outcome.Errors.Single(e => e.Code == ImportCodes.BadNumber);
        Assert.Equal($"«{new string('9', 60)}…» — не целое число", error.Message);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_workbook_with_broken_xml_is_reported_as_damaged_and_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var book = Truncated(FuzzSeeds.Workbooks.Small(_folder).TargetPath, "xl/workbook.xml");

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(book, "analyst");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((ImportCodes.UnreadableExport, "book.xlsx", WorkbookRows.DamagedMessage), (error.Code, error.File, error.Message));
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_sound_workbook_no_adapter_recognizes_is_an_unknown_export(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var book = FuzzSeeds.Workbooks.Small(_folder).TargetPath;

        var outcome = await new ExportImporter(database.ConnectionString, []).ImportPathAsync(book, "analyst");

        Assert.Equal(ImportCodes.UnknownExport, Assert.Single(outcome.Errors).Code);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_adapter_whose_workbook_breaks_mid_way_stops_the_import_with_a_coded_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var book = Truncated(FuzzSeeds.Workbooks.Small(_folder).TargetPath, "xl/worksheets/sheet1.xml");

        var outcome = await new ExportImporter(database.ConnectionString, [new RowReadingAdapter()]).ImportPathAsync(book, "analyst");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((ImportCodes.UnreadableExport, "book.xlsx"), (error.Code, error.File));
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Fact]
    public void Reading_a_zip_of_garbage_as_a_workbook_throws_invalid_data_with_a_russian_message()
    {
        var path = Path.Combine(_folder, "garbage.xlsx");
        File.WriteAllBytes(path, ByteMutations.Pack([("xl/workbook.xml", "<<not xml"u8.ToArray())]));

        var error = Assert.Throws<InvalidDataException>(() => WorkbookRows.Read(path).ToList());

        Assert.Equal(WorkbookRows.DamagedMessage, error.Message);
    }

    /// <summary>A copy of the workbook whose <paramref name="entry"/> is cut in half, as a broken download leaves it.</summary>
    private string Truncated(string book, string entry)
    {
        var broken = Path.Combine(_folder, "broken", Path.GetFileName(book));
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.Copy(book, broken);
        using var zip = ZipFile.Open(broken, ZipArchiveMode.Update);
        var part = zip.GetEntry(entry)!;
        byte[] content;
        using (var stream = part.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            content = copy.ToArray();
        }
        part.Delete();
        using (var stream = zip.CreateEntry(entry).Open()) stream.Write(content, 0, content.Length / 2);
        return broken;
    }

    /// <summary>An adapter that takes any workbook and reads all its rows, as every real adapter does.</summary>
    private sealed class RowReadingAdapter : IExportAdapter
    {
        public string Title => "проба";

        public bool Recognizes(ExportFile file) => file.IsWorkbook;

        public void Translate(ExportFile file, ExportContext context, CancellationToken cancellationToken)
        {
            foreach (var row in WorkbookRows.Read(file.Path))
                context.Error(new SourcePlace(null, row.Number), "", ImportCodes.UnknownExport, "строка прочитана");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
