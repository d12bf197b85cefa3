using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Results.Subjects;
using Orientir.Domain.Access;
using Orientir.Testing;

namespace Orientir.Data.Tests.Results.Subjects;

public class SubjectSynonymCommandsTests
{
    private static readonly SynonymEditor Analyst = new("analyst@orientir", Roles.RegionAnalyst);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_name_is_added_normalized_and_the_adapters_then_understand_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var result = await new SubjectSynonymCommands(db, TimeProvider.System).SetAsync(Analyst, "  Математика  (углублённая) ", "ma");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(("математика (углубленная)", "MA", "analyst@orientir"), (result.Value!.Name, result.Value.Subject, result.Value.UpdatedBy));
        await using var check = database.CreateContext();
        Assert.Equal("MA", (await SubjectNames.LoadAsync(check)).CodeOf("МАТЕМАТИКА (углублённая)"));
        var audit = await check.Audit.SingleAsync();
        Assert.Equal((SubjectSynonymCommands.AddAction, "analyst@orientir", "name=математика (углубленная) subject=MA"),
            (audit.Action, audit.UserName, audit.Details));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Changing_a_names_subject_is_audited_once_and_the_same_subject_again_writes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var commands = new SubjectSynonymCommands(db, TimeProvider.System);

        var changed = await commands.SetAsync(Analyst, "ИКТ", "INF");
        var again = await commands.SetAsync(Analyst, "икт", "inf");

        Assert.True(changed.Succeeded && again.Succeeded);
        await using var check = database.CreateContext();
        Assert.Equal("INF", (await check.SubjectSynonyms.SingleAsync(s => s.Name == "икт")).Subject);
        var audit = await check.Audit.SingleAsync();
        Assert.Equal((SubjectSynonymCommands.UpdateAction, "name=икт subject=IN→INF"), (audit.Action, audit.Details));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_deleted_name_is_no_longer_understood_and_an_unknown_one_is_not_found(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var commands = new SubjectSynonymCommands(db, TimeProvider.System);

        var deleted = await commands.DeleteAsync(Analyst, "Информатика и ИКТ");
        var missing = await commands.DeleteAsync(Analyst, "Астрономия");

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Equal(ScopedOutcome.NotFound, missing.Outcome);
        await using var check = database.CreateContext();
        Assert.Null((await SubjectNames.LoadAsync(check)).CodeOf("Информатика и ИКТ"));
        Assert.Equal("IN", (await SubjectNames.LoadAsync(check)).CodeOf("Информатика"));
        var audit = await check.Audit.SingleAsync();
        Assert.Equal((SubjectSynonymCommands.DeleteAction, "name=информатика и икт subject=IN"), (audit.Action, audit.Details));
    }

    [Theory]
    [InlineData("Астрономия", "A S", "Предмет: «A S» — код предмета из букв, цифр и «-»")]
    [InlineData("Астрономия", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "Предмет: «ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456» — код предмета")]
    [InlineData("Астрономия", "  ", "Предмет: не заполнено обязательное значение")]
    [InlineData("   ", "AS", "Название: не заполнено обязательное значение")]
    public async Task A_bad_synonym_is_refused_with_the_field_named_and_nothing_changes(string name, string subject, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var before = await db.SubjectSynonyms.CountAsync();

        var result = await new SubjectSynonymCommands(db, TimeProvider.System).SetAsync(Analyst, name, subject);

        Assert.Equal(ScopedOutcome.Invalid, result.Outcome);
        Assert.StartsWith(message, result.Message);
        Assert.Equal(before, await db.SubjectSynonyms.CountAsync());
        Assert.Empty(await db.Audit.ToListAsync());
    }

    [Theory]
    [InlineData(Roles.MunicipalOfficer)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Curator)]
    [InlineData(Roles.Teacher)]
    public async Task Only_the_regions_analysts_and_methodologists_may_change_the_table(string role)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var commands = new SubjectSynonymCommands(db, TimeProvider.System);
        var editor = new SynonymEditor("someone", role);

        var set = await commands.SetAsync(editor, "ИКТ", "XX");
        var delete = await commands.DeleteAsync(editor, "ИКТ");
        await using var file = new MemoryStream("name;subject\nИКТ;XX\n"u8.ToArray());
        var import = await commands.ImportAsync(editor, file, "synonyms.csv");

        Assert.Equal([ScopedOutcome.Forbidden, ScopedOutcome.Forbidden, ScopedOutcome.Forbidden], [set.Outcome, delete.Outcome, import.Outcome]);
        Assert.Equal("IN", (await db.SubjectSynonyms.AsNoTracking().SingleAsync(s => s.Name == "икт")).Subject);
        Assert.True(new SynonymEditor("x", Roles.Admin).CanEdit && Analyst.CanEdit && new SynonymEditor("x", Roles.Methodologist).CanEdit);
    }
}
