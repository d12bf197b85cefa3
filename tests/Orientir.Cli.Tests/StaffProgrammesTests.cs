using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary><c>orientir staff programmes import FILE</c> through the real command.</summary>
public class StaffProgrammesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-cli-programmes-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_directory, "programmes.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_catalogue_is_imported_once_and_the_same_file_again_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Write("title;provider;hours;format;registry_number;targets;active\nПроектирование урока;ИРО;36;очно-заочная;;METH;1\nЗадачи;ЦНППМ;18;in_person;ФР-1;MA4.3;1\n");

        var first = await OrientirProcess.RunAsync("staff", "programmes", "import", file, "--user", "method", "--db", database.ConnectionString);
        var again = await OrientirProcess.RunAsync("staff", "programmes", "import", file, "--db", database.ConnectionString);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("добавлено 2, изменено 0, без изменений 0", first.All);
        Assert.Contains("добавлено 0, изменено 0, без изменений 2", again.All);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.CourseProgrammes.CountAsync());
        Assert.Equal("method", (await db.Audit.SingleAsync(a => a.Action == "staff.catalogue.import")).UserName);
    }

    [Fact]
    public async Task A_bad_row_is_printed_as_file_line_column_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Write("title;provider;hours;format;targets\nПроектирование урока;ИРО;36;blended;METH\nЗадачи;ЦНППМ;5000;blended;MA4.3\n");

        var run = await OrientirProcess.RunAsync("staff", "programmes", "import", file, "--db", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("programmes.csv:3: hours: часов 5000: должно быть от 1 до 2000 [IMP104]", run.All);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.CourseProgrammes.CountAsync());
    }
}
