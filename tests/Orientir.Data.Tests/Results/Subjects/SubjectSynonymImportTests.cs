using System.Text;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Results.Subjects;
using Orientir.Testing;

namespace Orientir.Data.Tests.Results.Subjects;

public class SubjectSynonymImportTests : IDisposable
{
    private const string Good = "name;subject\nИКТ;INF\nАстрономия;AS\nМатематика;MA\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("orientir-synonyms-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string text, string name = "synonyms.csv", Encoding? encoding = null)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_good_file_adds_and_changes_by_name_and_the_same_file_again_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var import = new SubjectSynonymImport(db, TimeProvider.System);
        var before = await db.SubjectSynonyms.CountAsync();

        var first = await import.ImportAsync(Write(Good), "analyst", "synonyms.csv");
        var again = await import.ImportAsync(Write(Good), "analyst", "synonyms.csv");

        Assert.True(first.Succeeded, string.Join("\n", first.Messages));
        Assert.Equal((1, 1, 1), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 3), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(before + 1, await db.SubjectSynonyms.CountAsync());
        var names = await SubjectNames.LoadAsync(db);
        Assert.Equal(("INF", "AS", "RU"), (names.CodeOf("ИКТ"), names.CodeOf("астрономия"), names.CodeOf("Русский язык")));
        var audit = await db.Audit.SingleAsync();
        Assert.Equal((SubjectSynonymImport.AuditAction, "analyst"), (audit.Action, audit.UserName));
        Assert.Contains("file=synonyms.csv added=1 updated=1 unchanged=1 synonyms=икт=INF,астрономия=AS", audit.Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_export_imports_back_unchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new SubjectSynonymImport(db, TimeProvider.System).ImportAsync(Write("name;subject\n\"Физика; углублённая\";PH\n"), "analyst");
        var path = Write("", "export.csv");
        await using (var output = File.Create(path)) await new SubjectSynonymStore(db).ExportAsync(output);

        var outcome = await new SubjectSynonymImport(db, TimeProvider.System).ImportAsync(path, "analyst");

        Assert.Equal((0, 0, await db.SubjectSynonyms.CountAsync()), (outcome.Added, outcome.Updated, outcome.Unchanged));
        var text = await File.ReadAllTextAsync(path);
        Assert.StartsWith("\uFEFFname;subject\r\n", text);
        Assert.Contains("\r\nрусский язык;RU\r\n", text);
        Assert.Contains("\"физика; углубленная\";PH", text);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_file_with_one_bad_row_stores_nothing_and_is_not_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var outcome = await new SubjectSynonymImport(db, TimeProvider.System)
            .ImportAsync(Write("name;subject\nАстрономия;AS\nИКТ;I N\n"), "analyst", "mine.csv");

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("mine.csv:3: subject: «I N» — код предмета из букв, цифр и «-»", Assert.Single(outcome.Messages));
        Assert.EndsWith("[IMP730]", outcome.Messages[0]);
        Assert.Null((await SubjectNames.LoadAsync(db)).CodeOf("Астрономия"));
        Assert.Equal("IN", (await SubjectNames.LoadAsync(db)).CodeOf("ИКТ"));
        Assert.Empty(await db.Audit.ToListAsync());
    }

    [Theory]
    [InlineData("name;subject\n;AS\n", "synonyms.csv:2: name: не заполнено обязательное значение [IMP102]")]
    [InlineData("name;subject\nАстрономия;\n", "synonyms.csv:2: subject: не заполнено обязательное значение [IMP102]")]
    [InlineData("name;subject\nАстрономия;AS\nАСТРОНОМИЯ ;AS\n",
        "synonyms.csv:3: name: название «АСТРОНОМИЯ» уже есть в строке 2 (названия сравниваются без учёта регистра, «ё» и пробелов) [IMP103]")]
    [InlineData("name\nАстрономия\n", "synonyms.csv:1: subject: нет обязательного столбца")]
    [InlineData("", "synonyms.csv: файл пуст: нет строки заголовка [IMP002]")]
    public async Task A_bad_file_is_reported_as_file_line_column(string text, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var before = await db.SubjectSynonyms.CountAsync();

        var outcome = await new SubjectSynonymImport(db, TimeProvider.System).ImportAsync(Write(text), "analyst", "synonyms.csv");

        Assert.StartsWith(message, Assert.Single(outcome.Messages));
        Assert.Equal(before, await db.SubjectSynonyms.CountAsync());
    }

    [Fact]
    public async Task A_windows_1251_file_with_commas_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        var outcome = await new SubjectSynonymImport(db, TimeProvider.System)
            .ImportAsync(Write("Name,Subject\r\nАстрономия,AS\r\n", encoding: Encoding.GetEncoding(1251)), "analyst");

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Messages));
        Assert.Equal("AS", (await SubjectNames.LoadAsync(db)).CodeOf("Астрономия"));
    }
}
