using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Adapters.Rcoi;

public class RcoiProtocolErrorTests
{
    private const string Short = "Задания с кратким ответом";
    private const string Expanded = "Задания с развёрнутым ответом";

    /// <summary>A broken protocol: what the test changes, and the error expected at (row, column).</summary>
    private sealed record Case(string Name, Action<ProtocolFixture> Break, int Row, string Column, string Code);

    private static readonly Case[] Cases =
    [
        new("short string too long", f => f.Set(3, Short, "+-2+++"), 3, Short, ImportCodes.ProtocolShortAnswerLength),
        new("short string too short", f => f.Set(4, Short, "++2+"), 4, Short, ImportCodes.ProtocolShortAnswerLength),
        new("bad short character", f => f.Set(3, Short, "+-a++"), 3, Short, ImportCodes.ProtocolBadShortAnswer),
        new("unclosed bracket", f => f.Set(5, Expanded, "-(2)-(3)-(2"), 5, Expanded, ImportCodes.ProtocolBadExpandedAnswer),
        new("expanded maximum differs", f => f.Set(3, Expanded, "2(2)1(4)X(2)"), 3, Expanded, ImportCodes.ProtocolExpandedDesign),
        new("one expanded task missing", f => f.Set(3, Expanded, "2(2)1(3)"), 3, Expanded, ImportCodes.ProtocolExpandedDesign),
        new("expanded score above maximum", f => { f.Set(3, Expanded, "3(2)1(3)X(2)"); f.Set(3, "Первичный балл", "9"); },
            3, Expanded, ImportCodes.ScoreAboveMax),
        new("primary score is not the sum", f => f.Set(6, "Первичный балл", "7"), 6, "Первичный балл", ImportCodes.PrimaryScoreMismatch),
        new("primary score not a number", f => f.Set(6, "Первичный балл", "шесть"), 6, "Первичный балл", ImportCodes.BadNumber),
        new("test score above 100", f => f.Set(4, "Балл", "101"), 4, "Балл", ImportCodes.TestScoreOutOfRange),
        new("test score missing", f => f.Set(4, "Балл", ""), 4, "Балл", ImportCodes.MissingValue),
        new("same primary, other test score", f => f.Set(8, "Балл", "33"), 8, "Балл", ImportCodes.ProtocolTestScoreConflict),
        new("test score falls as primary rises", f => f.Set(4, "Балл", "50"), 4, "Балл", ImportCodes.ProtocolTestScoreNotMonotone),
        new("participant twice", f => f.Set(4, "Код участника", "100001"), 4, "Код участника", ImportCodes.DuplicateParticipant),
        new("school code empty", f => f.Set(7, "Код ОО", ""), 7, "Код ОО", ImportCodes.MissingValue),
        new("class too long", f => f.Set(7, "Класс", new string('А', 17)), 7, "Класс", ImportCodes.ValueTooLong),
        new("primary score column missing", f => f.Drop("Первичный балл"), 2, "Первичный балл", ImportCodes.MissingColumn),
        new("column twice", f => f.HeaderCells[1] = "код МСУ", 2, "код МСУ", ImportCodes.DuplicateColumn),
        new("subject not in the synonym table", f => f.Title = "ЕГЭ 2025 Алхимия", 1, "", ImportCodes.ProtocolSubjectUnknown),
        new("no title and a name that is no procedure", f => f.Title = "Протокол", 1, "", ImportCodes.ProtocolProcedureUnknown),
        new("no participant rows", f => f.Rows.Clear(), 2, "", ImportCodes.ProtocolNoRows),
    ];

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Every_bad_protocol_is_refused_with_its_sheet_row_and_column_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new ExportImporter(database.ConnectionString);
        var before = await TableCounts.OfAsync(database);

        foreach (var @case in Cases)
            foreach (var csv in new[] { false, true })
            {
                using var fixture = new ProtocolFixture();
                @case.Break(fixture);
                var path = csv ? fixture.WriteCsv() : fixture.WriteXlsx();

                var outcome = await importer.ImportPathAsync(path, "tester");

                var sheet = csv ? null : ProtocolFixture.Sheet;
                Assert.True(outcome.Errors.Any(e => e.File == Path.GetFileName(path) && e.Sheet == sheet && e.Line == @case.Row
                        && e.Column == @case.Column && e.Code == @case.Code),
                    $"{@case.Name} ({Path.GetFileName(path)}): expected {@case.Row}: {@case.Column} [{@case.Code}], got:\n" +
                    string.Join("\n", outcome.Errors));
                Assert.All(outcome.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
                Assert.Equal(before, await TableCounts.OfAsync(database));
            }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_protocol_whose_tasks_differ_from_the_stored_procedure_is_refused(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new ExportImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportPathAsync(fixture.WriteXlsx(), "tester"));
        var before = await TableCounts.OfAsync(database);
        foreach (var row in fixture.Rows) row[ProtocolFixture.Column(Expanded)] = row[ProtocolFixture.Column(Expanded)].Replace("(3)", "(4)");

        var outcome = await importer.ImportPathAsync(fixture.WriteXlsx("second.xlsx"), "tester");

        Assert.Contains(outcome.Errors, e => e.Sheet == ProtocolFixture.Sheet && e.Line == 2 && e.Column == Expanded
            && e.Code == ImportCodes.ProtocolDesignMismatch && e.Message.Contains("из 3", StringComparison.Ordinal));
        Assert.Equal(before, await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_short_score_above_the_stored_maximum_is_refused(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new ExportImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportPathAsync(fixture.WriteXlsx(), "tester"));
        fixture.Set(3, Short, "+-22+");
        fixture.Set(3, "Первичный балл", "9");
        fixture.Set(3, "Балл", "45");

        var outcome = await importer.ImportPathAsync(fixture.WriteCsv("second.csv"), "tester");

        ImportAssertions.HasError(outcome, "second.csv", 3, Short, ImportCodes.ScoreAboveMax);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_csv_with_broken_quotes_is_refused_at_its_line(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        fixture.Set(5, "Наименование ОО", "\"Лицей");
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await TableCounts.OfAsync(database);
        var path = fixture.WriteCsv();
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"\"\"Лицей\"", "\"Лицей"));

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(path, "tester");

        ImportAssertions.HasError(outcome, "protocol.csv", 5, "", ImportCodes.MalformedRow);
        Assert.Equal(before, await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_unknown_column_is_skipped_with_a_warning_at_the_header(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        fixture.HeaderCells[7] = "Пол";
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(fixture.WriteXlsx(), "tester");

        ImportAssertions.Succeeded(outcome);
        Assert.Contains(outcome.Warnings, w => w.Sheet == ProtocolFixture.Sheet && w.Line == 2 && w.Column == "Пол"
            && w.Code == ImportCodes.UnknownColumn);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_csv_error_names_the_physical_line_counting_blank_and_multiline_rows(DatabaseProvider provider)
    {
        using var fixture = new ProtocolFixture();
        fixture.Set(3, "Наименование ОО", "МБОУ СОШ\n№ 1");
        fixture.Set(5, "Балл", "101");
        await using var database = await TestDatabase.CreateAsync(provider);
        var path = fixture.WriteCsv();
        var lines = File.ReadAllText(path).Replace("МБОУ СОШ\n№ 1", "\"МБОУ СОШ\r\n№ 1\"").Split("\r\n").ToList();
        lines.Insert(2, "");

        File.WriteAllText(path, string.Join("\r\n", lines));
        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(path, "tester");

        // Row 5 of the protocol moves down by the blank line and by the line break inside row 3.
        ImportAssertions.HasError(outcome, "protocol.csv", 7, "Балл", ImportCodes.TestScoreOutOfRange);
    }
}
