using Orientir.Data.Database;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Demo;
using Orientir.Data.Staff.Catalogue;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Catalogue;

public class ProgrammeImportTests : IDisposable
{
    private const string Good = """
        title;provider;hours;format;registry_number;targets;active
        Проектирование урока;ИРО;36;blended;;METH;1
        Текстовые задачи;ЦНППМ;18;очная;ФР-1;MA4.3|MA4;
        Функциональная грамотность;Академия;72;дистанционная;;FL|RU5;0
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-programmes-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string File(string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_good_file_is_imported_and_the_same_file_again_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var import = new ProgrammeImport(db, TimeProvider.System);

        var first = await import.ImportAsync(File(Good), "method");
        var stamps = await db.CourseProgrammes.AsNoTracking().OrderBy(p => p.Id).Select(p => p.UpdatedAtUtc).ToListAsync();
        var again = await import.ImportAsync(File(Good), "method");

        Assert.Equal((3, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 3), (again.Added, again.Updated, again.Unchanged));
        var programmes = await db.CourseProgrammes.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(stamps, programmes.Select(p => p.UpdatedAtUtc));
        Assert.Equal([CourseFormat.Blended, CourseFormat.InPerson, CourseFormat.Distance], programmes.Select(p => p.Format));
        Assert.Equal("MA4.3|MA4", programmes[1].Targets);
        Assert.Equal("ФР-1", programmes[1].RegistryNumber);
        Assert.Equal([true, true, false], programmes.Select(p => p.IsActive));
        Assert.Single(await db.Audit.Where(a => a.Action == ProgrammeImport.AuditAction).ToListAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_corrected_row_updates_its_programme_in_place(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var import = new ProgrammeImport(db, TimeProvider.System);
        await import.ImportAsync(File(Good), "method");

        var corrected = await import.ImportAsync(File(Good.Replace("ИРО;36;blended", "ИРО;48;blended")), "method");

        Assert.Equal((0, 1, 2), (corrected.Added, corrected.Updated, corrected.Unchanged));
        Assert.Equal(48, (await db.CourseProgrammes.AsNoTracking().SingleAsync(p => p.Title == "Проектирование урока")).Hours);
        Assert.Equal(3, await db.CourseProgrammes.CountAsync());
    }

    [Theory]
    [InlineData(";ИРО;36;blended;;METH;1", "title", "не заполнено обязательное значение")]
    [InlineData("Урок;;36;blended;;METH;1", "provider", "не заполнено обязательное значение")]
    [InlineData("Урок;ИРО;тридцать;blended;;METH;1", "hours", "не целое число")]
    [InlineData("Урок;ИРО;2500;blended;;METH;1", "hours", "от 1 до 2000")]
    [InlineData("Урок;ИРО;36;заочная;;METH;1", "format", "не форма обучения")]
    [InlineData("Урок;ИРО;36;blended;;;1", "targets", "хотя бы один код")]
    [InlineData("Урок;ИРО;36;blended;;METHOD;1", "targets", "«METHOD» — неизвестная компетенция или предмет")]
    [InlineData("Урок;ИРО;36;blended;;MA4..3;1", "targets", "не код компетенции или умения")]
    [InlineData("Урок;ИРО;36;blended;;METH;да", "active", "должно быть 1 или 0")]
    [InlineData("Проектирование урока;ИРО;24;blended;;METH;1", "title", "уже есть в строке 2")]
    public async Task A_bad_row_is_reported_as_file_line_column_and_nothing_is_stored(string row, string column, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        var outcome = await new ProgrammeImport(db, TimeProvider.System).ImportAsync(File(Good + "\n" + row + "\n"), "method", "programmes.csv");

        var error = Assert.Single(outcome.Errors);
        Assert.StartsWith($"programmes.csv:5: {column}: ", error.ToString());
        Assert.Contains(message, error.Message);
        Assert.Equal(0, await db.CourseProgrammes.CountAsync());
        Assert.Empty(await db.Audit.ToListAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_bad_row_stores_nothing_on_either_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var outcome = await new ProgrammeImport(db, TimeProvider.System).ImportAsync(File(Good + "\nУрок;ИРО;0;blended;;METH;1\n"), "method");

        Assert.Equal("programmes.csv:5: hours: часов 0: должно быть от 1 до 2000 [IMP104]", Assert.Single(outcome.Messages));
        Assert.Equal(0, await db.CourseProgrammes.CountAsync());
    }

    [Fact]
    public async Task A_windows_1251_file_with_commas_and_a_missing_column_is_read_with_the_project_rules()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var import = new ProgrammeImport(db, TimeProvider.System);

        var cp1251 = await import.ImportAsync(File("title,provider,hours,format,targets\nУрок,ИРО,36,очно-заочная,METH\n", Encoding.GetEncoding(1251)), "method");
        var missing = await import.ImportAsync(File("title;provider;hours;format\nУрок;ИРО;36;blended\n"), "method");

        Assert.True(cp1251.Succeeded, string.Join("\n", cp1251.Messages));
        Assert.Equal("Урок", (await db.CourseProgrammes.SingleAsync()).Title);
        Assert.Equal(CourseFormat.Blended, (await db.CourseProgrammes.SingleAsync()).Format);
        Assert.Contains(missing.Messages, m => m.StartsWith("programmes.csv:1: targets: нет обязательного столбца", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_demo_catalogue_covers_every_competence_and_demo_prefix_and_fills_an_empty_catalogue_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await DemoCatalogue.ImportIfEmptyAsync(database.ConnectionString);
        var second = await DemoCatalogue.ImportIfEmptyAsync(database.ConnectionString);

        Assert.True(first!.Succeeded, string.Join("\n", first.Messages));
        Assert.InRange(first.Added, 20, 40);
        Assert.Null(second);
        await using var db = database.CreateContext();
        var queries = new CatalogueQueries(db);
        Assert.All(await queries.CompetencesAsync(), c => Assert.True(c.Programmes > 0, c.Code));
        foreach (var prefix in new[] { "RU4", "MA4", "RU5", "MA5", "RU9", "MA9", "MA4.3" })
            Assert.NotEmpty(await queries.ProgrammesAsync(target: prefix + ".1"));
    }
}
