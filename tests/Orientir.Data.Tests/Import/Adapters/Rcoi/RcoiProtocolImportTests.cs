using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Data.Import.Adapters.Rcoi;
using Orientir.Data.Results.Subjects;
using Orientir.Domain.Results;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Adapters.Rcoi;

public class RcoiProtocolImportTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_protocol_as_xlsx_and_as_csv_stores_the_same_records_as_the_equivalent_package(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        await using var fromPackage = await TestDatabase.CreateAsync(provider);
        ImportAssertions.Succeeded(await new ExportImporter(fromPackage.ConnectionString).ImportPathAsync(fixture.WritePackage(), "tester"));
        var expected = await StoredRecords.OfAsync(fromPackage);

        foreach (var path in new[] { fixture.WriteXlsx(), fixture.WriteCsv() })
        {
            await using var database = await TestDatabase.CreateAsync(provider);
            var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(path, "tester");

            ImportAssertions.Succeeded(outcome);
            Assert.Equal(expected, await StoredRecords.OfAsync(database));
            Assert.Contains(outcome.Warnings, w => w.Code == ImportCodes.ProtocolShortMaximaInferred && w.Line == 2);
        }
        Assert.Contains($"W {ProtocolFixture.Procedure} edu0101 100001  11А 301  01000201010201FF 8  40", expected);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Importing_the_same_protocol_again_changes_nothing(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new ExportImporter(database.ConnectionString);
        var path = fixture.WriteXlsx();
        ImportAssertions.Succeeded(await importer.ImportPathAsync(path, "tester"));
        var records = await StoredRecords.OfAsync(database);
        var counts = await TableCounts.OfAsync(database);

        var again = await importer.ImportPathAsync(path, "tester");

        Assert.True(again.ChangedNothing, string.Join("\n", again.Errors));
        Assert.DoesNotContain(again.Warnings, w => w.Code == ImportCodes.ProtocolShortMaximaInferred);
        Assert.Equal(records, await StoredRecords.OfAsync(database));
        Assert.Equal(counts, await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_protocol_of_a_procedure_the_database_holds_is_read_against_the_stored_tasks(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new ExportImporter(database.ConnectionString);
        var package = fixture.WritePackage();
        File.Delete(Path.Combine(package, "results", ProtocolFixture.Procedure + ".csv"));
        // The КИМ says task 5 is worth 2 points, though no participant of this protocol scored 2 on it.
        File.WriteAllText(Path.Combine(package, "tasks.csv"), File.ReadAllText(Path.Combine(package, "tasks.csv"))
            .Replace($"{ProtocolFixture.Procedure};5;1;B", $"{ProtocolFixture.Procedure};5;2;B"));
        File.WriteAllText(Path.Combine(package, "procedures.csv"), File.ReadAllText(Path.Combine(package, "procedures.csv"))
            .Replace(";2025;13", ";2025;14"));
        ImportAssertions.Succeeded(await importer.ImportPathAsync(package, "tester"));

        var outcome = await importer.ImportPathAsync(fixture.WriteCsv(), "tester");

        ImportAssertions.Succeeded(outcome);
        Assert.DoesNotContain(outcome.Warnings, w => w.Code == ImportCodes.ProtocolShortMaximaInferred);
        var records = await StoredRecords.OfAsync(database);
        Assert.Contains($"T {ProtocolFixture.Procedure} 4 5 2 Basic ", records);
        Assert.Equal(6, records.Count(r => r.StartsWith("W ", StringComparison.Ordinal)));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Participant_names_are_stored_nowhere(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        await using var database = await TestDatabase.CreateAsync(provider);

        ImportAssertions.Succeeded(await new ExportImporter(database.ConnectionString).ImportPathAsync(fixture.WriteXlsx(), "tester"));

        var texts = await StoredRecords.AllTextAsync(database);
        Assert.Contains(texts, t => t.Contains("100001", StringComparison.Ordinal));
        foreach (var name in ProtocolFixture.Surnames.Append("Сергеевна"))
            Assert.DoesNotContain(texts, t => t.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Participant_names_do_not_reach_even_the_draft()
    {
        using var fixture = new ProtocolFixture();
        var folder = Path.Combine(fixture.Folder, "draft");
        var path = fixture.WriteCsv();
        using (var draft = new PackageDraft(folder))
        {
            var context = new ExportContext(new ExportFile(path, "protocol.csv"), draft,
                new SubjectNames(new Dictionary<string, string> { [SubjectSynonym.Normalize("Химия")] = "CH" }), [], [],
                new Dictionary<string, KnownProcedure>());
            new RcoiProtocolAdapter().Translate(context.File, context, CancellationToken.None);
            Assert.False(context.HasErrors, string.Join("\n", context.Errors));
        }

        var drafted = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.Contains(drafted, text => text.Contains("100001", StringComparison.Ordinal));
        foreach (var name in ProtocolFixture.Surnames.Append("Сергеевна"))
            Assert.DoesNotContain(drafted, text => text.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_windows_1251_comma_csv_without_a_title_takes_the_procedure_from_its_name_and_numbers_rows_without_participant_codes(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        fixture.Drop("Код участника");
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await new ExportImporter(database.ConnectionString)
            .ImportPathAsync(fixture.WriteCsv("EGE-2025-CH-11.csv", System.Text.Encoding.GetEncoding(1251), title: false, separator: ','), "tester");

        ImportAssertions.Succeeded(outcome);
        var records = await StoredRecords.OfAsync(database);
        Assert.Contains($"P {ProtocolFixture.Procedure} Ege CH 11 2025 13  ", records);
        // Without the title line the first participant is on line 2.
        Assert.Contains(records, r => r.StartsWith($"W {ProtocolFixture.Procedure} edu0101 row-2  11А 301", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_oge_protocol_keeps_its_marks_and_needs_no_test_score(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture { Title = "ОГЭ 2025 Химия 9 класс" };
        fixture.HeaderCells[^1] = "Отметка";
        foreach (var row in fixture.Rows) row[^1] = int.Parse(row[^2], System.Globalization.CultureInfo.InvariantCulture) >= 6 ? "4" : "2";
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(fixture.WriteXlsx(), "tester");

        ImportAssertions.Succeeded(outcome);
        var records = await StoredRecords.OfAsync(database);
        Assert.Contains("P OGE-2025-CH-9 Oge CH 9 2025 13  ", records);
        Assert.Contains("W OGE-2025-CH-9 edu0101 100002  11Б 302  0101020101020302 13 4 ", records);
    }
}
