using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary><c>orientir report rules export FILE</c> and <c>orientir report rules import FILE</c> through the real command.</summary>
public class ReportRulesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-cli-rules-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task An_exported_file_edited_and_imported_changes_its_rule_once_and_is_audited_under_the_user()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_directory, "rules.csv");

        var export = await OrientirProcess.RunAsync("report", "rules", "export", file, "--db", database.ConnectionString);
        var lines = await File.ReadAllLinesAsync(file);
        var edited = lines.Select(l => l.StartsWith("school.skill-gap;", StringComparison.Ordinal) ? l.Replace(";>=;10;3;", ";>=;15;3;") : l).ToArray();
        await File.WriteAllLinesAsync(file, edited);
        var import = await OrientirProcess.RunAsync("report", "rules", "import", file, "--user", "method", "--db", database.ConnectionString);
        var again = await OrientirProcess.RunAsync("report", "rules", "import", file, "--db", database.ConnectionString);

        Assert.True(export.ExitCode == 0, export.All);
        Assert.Contains($"Правил выгружено: {lines.Length - 1}", export.All);
        Assert.True(import.ExitCode == 0, import.All);
        Assert.Contains("добавлено 0, изменено 1, без изменений", import.All);
        Assert.Contains("добавлено 0, изменено 0, без изменений", again.All);
        await using var db = database.CreateContext();
        Assert.Equal(15, (await db.RecommendationRules.SingleAsync(r => r.Code == "school.skill-gap")).Threshold);
        Assert.Equal("method", (await db.Audit.SingleAsync(a => a.Action == "report.rules.import")).UserName);
    }

    [Fact]
    public async Task A_bad_row_is_printed_as_file_line_column_with_exit_code_1_and_a_missing_file_gives_2()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_directory, "my-rules.csv");
        await File.WriteAllTextAsync(file,
            "code;level;fact;comparison;threshold;limit;priority;template\nschool.x;school;skill_gap;>=;10;1;10;Умение {skill} в {classroom}\n");

        var run = await OrientirProcess.RunAsync("report", "rules", "import", file, "--db", database.ConnectionString);
        var missing = await OrientirProcess.RunAsync("report", "rules", "import", Path.Combine(_directory, "none.csv"), "--db", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("my-rules.csv:2: template: {classroom} — нет у факта «skill_gap»", run.All);
        Assert.Equal(2, missing.ExitCode);
        await using var db = database.CreateContext();
        Assert.False(await db.RecommendationRules.AnyAsync(r => r.Code == "school.x"));
    }
}
