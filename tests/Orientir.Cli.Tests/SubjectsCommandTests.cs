using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary><c>orientir subjects export|import FILE</c> and an export given to <c>orientir import</c>, through the real command.</summary>
public class SubjectsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-cli-subjects-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task An_exported_table_edited_and_imported_changes_its_name_once_and_is_audited_under_the_user()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_directory, "subjects.csv");

        var export = await OrientirProcess.RunAsync("subjects", "export", file, "--db", database.ConnectionString);
        var lines = await File.ReadAllLinesAsync(file);
        await File.WriteAllLinesAsync(file, [.. lines.Select(l => l == "икт;IN" ? "икт;INF" : l), "астрономия;AS"]);
        var import = await OrientirProcess.RunAsync("subjects", "import", file, "--user", "analyst", "--db", database.ConnectionString);
        var again = await OrientirProcess.RunAsync("subjects", "import", file, "--db", database.ConnectionString);

        Assert.True(export.ExitCode == 0, export.All);
        Assert.Contains($"Названий предметов выгружено: {lines.Length - 1}", export.All);
        Assert.True(import.ExitCode == 0, import.All);
        Assert.Contains("добавлено 1, изменено 1, без изменений", import.All);
        Assert.Contains("добавлено 0, изменено 0, без изменений", again.All);
        await using var db = database.CreateContext();
        Assert.Equal("INF", (await db.SubjectSynonyms.SingleAsync(s => s.Name == "икт")).Subject);
        Assert.Equal("analyst", (await db.Audit.SingleAsync(a => a.Action == "subjects.synonyms.import")).UserName);
    }

    [Fact]
    public async Task A_bad_row_is_printed_as_file_line_column_with_exit_code_1_and_a_missing_file_gives_2()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_directory, "my-subjects.csv");
        await File.WriteAllTextAsync(file, "name;subject\nАстрономия;AS\nЭкология;E C\n");

        var run = await OrientirProcess.RunAsync("subjects", "import", file, "--db", database.ConnectionString);
        var missing = await OrientirProcess.RunAsync("subjects", "import", Path.Combine(_directory, "none.csv"), "--db", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("my-subjects.csv:3: subject: «E C» — код предмета из букв, цифр и «-»", run.All);
        Assert.Equal(2, missing.ExitCode);
        await using var db = database.CreateContext();
        Assert.False(await db.SubjectSynonyms.AnyAsync(s => s.Name == "астрономия"));
    }

    [Fact]
    public async Task The_import_command_takes_an_export_file_and_reports_its_errors_with_the_sheet_and_row()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_directory, "stat.xlsx");
        object?[][] rows =
        [
            ["ВПР 2025 Математика 5 класс"],
            ["Код МСУ", "Муниципалитет", "Код ОО", "Название ОО", "Кол-во участников", "2", "3", "4", "5"],
            ["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", "двадцать", 10, 40, 40, 10],
        ];
        MiniExcel.SaveAs(file, rows.Select(r => Enumerable.Range(0, 9).ToDictionary(i => "C" + i, i => i < r.Length ? r[i] : null)).ToList(),
            printHeader: false, sheetName: "Лист1");

        var run = await OrientirProcess.RunAsync("import", file, "--db", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("stat.xlsx [лист «Лист1»]:3: Кол-во участников: «двадцать» — число участников должно быть целым [IMP104]", run.All);
        await using var db = database.CreateContext();
        Assert.False(await db.Schools.AnyAsync());
    }
}
