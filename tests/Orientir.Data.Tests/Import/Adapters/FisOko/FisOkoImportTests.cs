using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Adapters.FisOko;

public class FisOkoImportTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_workbook_imports_into_the_same_records_as_the_equivalent_csv_package(DatabaseProvider provider)
    {
        await using var fromWorkbook = await TestDatabase.CreateAsync(provider);
        await using var fromPackage = await TestDatabase.CreateAsync(provider);
        using var workbook = new FisOkoWorkbook();
        var package = FisOkoWorkbook.WriteCsvPackage();
        try
        {
            var imported = await new ExportImporter(fromWorkbook.ConnectionString).ImportPathAsync(workbook.Write(), "tester");
            ImportAssertions.Succeeded(imported);
            ImportAssertions.Succeeded(await new ExportImporter(fromPackage.ConnectionString).ImportPathAsync(package, "tester"));

            var expected = await RecordsOfAsync(fromPackage);
            Assert.Equal(2 + 3 + 1 + 4 + 12, expected.Count);
            Assert.Equal(expected, await RecordsOfAsync(fromWorkbook));
            Assert.Equal(12, imported.WorksImported);
            Assert.Contains(expected, r => r.StartsWith("procedure VPR-2025-RU-4 Vpr RU 4 2025 max 7 scale 3:2;4:4;5:6 ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(package, recursive: true);
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reimporting_the_same_workbook_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var workbook = new FisOkoWorkbook();
        var path = workbook.Write();
        var importer = new ExportImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportPathAsync(path, "tester"));
        var counts = await TableCounts.OfAsync(database);
        var records = await RecordsOfAsync(database);

        var again = await importer.ImportPathAsync(path, "tester");

        Assert.True(again.ChangedNothing, string.Join("\n", again.Errors.Select(e => e.ToString()).Concat(again.Files.Select(f => f.ToString()))));
        Assert.Equal(counts, await TableCounts.OfAsync(database));
        Assert.Equal(records, await RecordsOfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Bad_values_are_reported_at_their_sheet_row_and_column_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await TableCounts.OfAsync(database);
        using var workbook = new FisOkoWorkbook();
        workbook.Set(4, "1 (2б)", 3)
            .Set(5, "2 (3б)", "два")
            .Set(6, "Первичный балл", 1)
            .Set(7, "отметка", 7)
            .Set(8, "Код участника", 100001)
            .Set(9, "Отметка по  журналу", 1)
            .Set(10, "ОО", "");

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(workbook.Write(), "tester");

        HasError(outcome, 4, "1 (2б)", ImportCodes.FisOkoScoreOutOfRange, "балл 3 больше максимума задания 2");
        HasError(outcome, 5, "2 (3б)", ImportCodes.FisOkoBadValue, "«два»");
        HasError(outcome, 6, "Первичный балл", ImportCodes.FisOkoPrimaryMismatch, "не равен сумме баллов за задания 4");
        HasError(outcome, 7, "отметка", ImportCodes.FisOkoMarkOutOfRange, "отметка 7 вне диапазона 2–5");
        HasError(outcome, 8, "Код участника", ImportCodes.FisOkoDuplicateParticipant, "уже был в строке 4");
        HasError(outcome, 9, "Отметка по  журналу", ImportCodes.FisOkoMarkOutOfRange, "отметка 1 вне диапазона 2–5");
        HasError(outcome, 10, "ОО", ImportCodes.FisOkoMissingValue, "не заполнено");
        Assert.Equal(7, outcome.Errors.Count);
        Assert.Equal(before, await TableCounts.OfAsync(database));
    }

    public static TheoryData<string> BrokenLayouts() =>
        ["no title", "unknown subject", "missing column", "no task columns", "no header", "missing level", "no participants"];

    [Theory, MemberData(nameof(BrokenLayouts))]
    public async Task A_broken_layout_is_reported_at_its_place_and_nothing_is_stored_in_either_database(string breakage)
    {
        foreach (var provider in (DatabaseProvider[])[DatabaseProvider.Sqlite, DatabaseProvider.Postgres])
        {
            await using var database = await TestDatabase.CreateAsync(provider);
            var before = await TableCounts.OfAsync(database);
            using var workbook = new FisOkoWorkbook();
            var (row, column, code, text) = Break(workbook, breakage);

            var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(workbook.Write(), "tester");

            HasError(outcome, row, column, code, text);
            Assert.Equal(before, await TableCounts.OfAsync(database));
        }
    }

    private static (int Row, string Column, string Code, string Text) Break(FisOkoWorkbook workbook, string breakage)
    {
        switch (breakage)
        {
            case "no title":
                workbook.Title = "Индивидуальные результаты участников";
                return (1, "", ImportCodes.FisOkoNoTitle, "ВПР 2025 Русский язык 4 класс");
            case "unknown subject":
                workbook.Title = "ВПР 2025 Русская словесность 4 класс";
                return (1, "A1", ImportCodes.FisOkoUnknownSubject, "«Русская словесность» (ячейка A1) не найден в таблице синонимов");
            case "missing column":
                workbook.RemoveColumn("Первичный балл");
                return (FisOkoWorkbook.HeaderRow, "Первичный балл", ImportCodes.FisOkoMissingColumn, "нет обязательного столбца");
            case "no task columns":
                foreach (var task in workbook.Tasks) workbook.RemoveColumn($"{task.Label} ({task.Max}б)");
                workbook.Rows.ForEach(r => r[^3] = 0);
                return (FisOkoWorkbook.HeaderRow, "", ImportCodes.FisOkoNoTasks, "ни одного столбца задания");
            case "no header":
                workbook.Header[workbook.ColumnOf("Код участника")] = "Участник";
                return (0, "", ImportCodes.FisOkoNoHeader, "нет строки заголовка");
            case "no participants":
                workbook.Rows.Clear();
                return (FisOkoWorkbook.HeaderRow, "", ImportCodes.FisOkoNoWorks, "нет ни одной строки участника");
            default:
                workbook.Tasks[2] = (workbook.Tasks[2].Label, workbook.Tasks[2].Max, "");
                return (2, "9.1 (1б)", ImportCodes.FisOkoBadLevel, "не указан уровень");
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_second_workbook_of_the_procedure_with_other_tasks_is_rejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var first = new FisOkoWorkbook();
        var importer = new ExportImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportPathAsync(first.Write(), "tester"));
        var counts = await TableCounts.OfAsync(database);
        using var second = new FisOkoWorkbook();
        second.Header[second.ColumnOf("9.1 (1б)")] = "9 (1б)";
        second.Tasks[2] = ("9", 1, "П");

        var outcome = await importer.ImportPathAsync(second.Write("second.xlsx"), "tester");

        HasError(outcome, FisOkoWorkbook.HeaderRow, "9 (1б)", ImportCodes.FisOkoTasksDiffer,
            "задание № 3: в базе «9.1» (1б), в выгрузке «9 (1б)»");
        Assert.Equal(counts, await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Names_and_sex_never_reach_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var workbook = new FisOkoWorkbook();

        ImportAssertions.Succeeded(await new ExportImporter(database.ConnectionString).ImportPathAsync(workbook.Write(), "tester"));

        await using var context = database.CreateContext();
        var texts = new List<string?>();
        foreach (var work in await context.Works.ToListAsync())
            texts.AddRange([work.Participant, work.Student, work.ClassLabel, work.Variant]);
        texts.AddRange(await context.Schools.Select(s => s.Name).ToListAsync());
        texts.AddRange(await context.Municipalities.Select(m => m.Name).ToListAsync());
        texts.AddRange(await context.Audit.Select(a => a.Details).ToListAsync());
        texts.AddRange(await context.ImportBatches.Select(b => b.FileName).ToListAsync());
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t is not null && (t.Contains("Иванова") || t is "Ж" or "М"));
        Assert.All(await context.Works.ToListAsync(), w => Assert.Null(w.Student));
    }

    private static void HasError(ImportOutcome outcome, int row, string column, string code, string text)
    {
        Assert.False(outcome.Succeeded);
        Assert.True(outcome.Errors.Any(e => e.File == "results.xlsx" || e.File == "second.xlsx"), string.Join("\n", outcome.Errors));
        Assert.True(outcome.Errors.Any(e => e.Line == row && e.Column == column && e.Code == code && e.Message.Contains(text)
                                            && e.Sheet == FisOkoWorkbook.Sheet),
            $"Expected {row}: {column} [{code}] «{text}», got:\n" + string.Join("\n", outcome.Errors));
    }

    /// <summary>Every record an import of the workbook writes, as text, in a stable order.</summary>
    internal static async Task<List<string>> RecordsOfAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var records = new List<string>();
        records.AddRange((await context.Municipalities.ToListAsync()).OrderBy(m => m.Code).Select(m => $"municipality {m.Code} {m.Name}"));
        records.AddRange((await context.Schools.Include(s => s.Municipality).ToListAsync()).OrderBy(s => s.Code)
            .Select(s => $"school {s.Code} {s.Municipality!.Code} {s.Name} {s.Type} {s.Locality}"));
        var procedures = await context.Procedures.Include(p => p.Tasks).ToListAsync();
        foreach (var p in procedures.OrderBy(p => p.Code))
        {
            records.Add($"procedure {p.Code} {p.Kind} {p.Subject} {p.Grade} {p.Year} max {p.MaxScore} scale {p.Thresholds} min {p.MinScore}".TrimEnd());
            records.AddRange(p.Tasks.OrderBy(t => t.Number).Select(t => $"task {p.Code} {t.Number} {t.Label} {t.MaxScore} {t.Level} {string.Join('|', t.Skills)}"));
        }
        var codes = procedures.ToDictionary(p => p.Id, p => p.Code);
        var schools = await context.Schools.ToDictionaryAsync(s => s.Id, s => s.Code);
        records.AddRange((await context.Works.ToListAsync()).OrderBy(w => w.Participant).Select(w =>
            $"work {codes[w.ProcedureId]} {schools[w.SchoolId]} {w.Participant} {w.Student} {w.ClassLabel} {w.Variant} " +
            $"journal {w.JournalMark} scores {Convert.ToHexString(w.Scores)} primary {w.PrimaryScore} mark {w.Mark} test {w.TestScore}"));
        return records;
    }
}
