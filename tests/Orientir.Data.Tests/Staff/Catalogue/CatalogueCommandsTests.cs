using Orientir.Data.Database;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Staff.Catalogue;
using Orientir.Data.Tests.Staff.Mentoring;
using Orientir.Data.Tests.Support;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Catalogue;

public class CatalogueCommandsTests
{
    private static readonly ProgrammeInput Lesson = new("Проектирование урока", "ИРО", 36, CourseFormat.Blended, null, "METH|MA4");

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_methodologist_adds_edits_deactivates_and_renames_and_every_change_is_audited(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new CatalogueCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);

        var added = await commands.AddAsync(methodologist, Lesson);
        var edited = await commands.EditAsync(methodologist, added.Value!.Id, Lesson with { Hours = 48, Targets = "meth | ma4.3" });
        var deactivated = await commands.SetActiveAsync(methodologist, added.Value.Id, false);
        var renamed = await commands.RenameCompetenceAsync(methodologist, "METH", "Методические компетенции");

        Assert.True(added.Succeeded, added.Message);
        Assert.Equal(48, edited.Value!.Hours);
        Assert.Equal(["METH", "MA4.3"], edited.Value.Targets);
        Assert.False(deactivated.Value!.IsActive);
        Assert.Equal(("Методические компетенции", 0), (renamed.Value!.Name, renamed.Value.Programmes));
        Assert.Equal(["staff.catalogue.add", "staff.catalogue.deactivate", "staff.catalogue.edit", "staff.competence.rename"],
            (await world.Db.Audit.Where(a => a.Action.StartsWith("staff.")).Select(a => a.Action).ToListAsync()).Order());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Others_may_read_the_catalogue_but_not_change_it(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new CatalogueCommands(db, TimeProvider.System);
        var id = (await commands.AddAsync(await world.ActorAsync(MentoringWorld.Methodologist), Lesson)).Value!.Id;

        foreach (var email in new[] { SupportWorld.Leader0101, SupportWorld.Analyst, SupportWorld.OfficerM01, MentoringWorld.TeacherB })
        {
            var actor = await world.ActorAsync(email);
            Assert.Equal(ScopedOutcome.Forbidden, (await commands.AddAsync(actor, Lesson with { Title = "Другая" })).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await commands.EditAsync(actor, id, Lesson with { Hours = 1 })).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await commands.SetActiveAsync(actor, id, false)).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await commands.RenameCompetenceAsync(actor, "METH", "x")).Outcome);
            Assert.Equal(ScopedOutcome.Forbidden, (await commands.ImportAsync(actor, new MemoryStream(Encoding.UTF8.GetBytes("title")), "programmes.csv")).Outcome);
        }
        Assert.Equal(["Проектирование урока"], (await new CatalogueQueries(world.Db).ProgrammesAsync()).Select(p => p.Title));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_bad_programme_is_refused_with_the_field_named(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new CatalogueCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);
        await commands.AddAsync(methodologist, Lesson);

        Assert.Equal("Часы: от 1 до 2000.", (await commands.AddAsync(methodologist, Lesson with { Title = "Б", Hours = 0 })).Message);
        Assert.Equal("Название: не заполнено.", (await commands.AddAsync(methodologist, Lesson with { Title = "" })).Message);
        Assert.StartsWith("Компетенции и умения: «XYZ» — неизвестная", (await commands.AddAsync(methodologist, Lesson with { Title = "Б", Targets = "XYZ" })).Message);
        Assert.StartsWith("Название: такая программа", (await commands.AddAsync(methodologist, Lesson)).Message);
        Assert.Equal(ScopedOutcome.NotFound, (await commands.EditAsync(methodologist, 9999, Lesson)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await commands.RenameCompetenceAsync(methodologist, "NOPE", "Имя")).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Programmes_are_filtered_by_text_and_by_the_code_a_target_addresses(DatabaseProvider provider)
    {
        await using var world = await MentoringWorld.CreateAsync(provider);
        await using var db = world.NewContext();
        var commands = new CatalogueCommands(db, TimeProvider.System);
        var methodologist = await world.ActorAsync(MentoringWorld.Methodologist);
        await commands.AddAsync(methodologist, Lesson);
        await commands.AddAsync(methodologist, new ProgrammeInput("Математика целиком", "ЦНППМ", 72, CourseFormat.Distance, "ФР-7", "MA"));
        await commands.AddAsync(methodologist, new ProgrammeInput("Задачи 4 класса", "ЦНППМ", 18, CourseFormat.InPerson, null, "MA4.3"));
        var queries = new CatalogueQueries(world.Db);

        async Task<string[]> Titles(string? q, string? target) => (await queries.ProgrammesAsync(q, target)).Select(p => p.Title).Order().ToArray();

        Assert.Equal(["Задачи 4 класса", "Математика целиком", "Проектирование урока"], await Titles(null, "MA4.3"));
        Assert.Equal(["Математика целиком", "Проектирование урока"], await Titles(null, "MA4.1"));
        Assert.Equal(["Математика целиком"], await Titles(null, "MA41.1"));
        Assert.Equal(["Задачи 4 класса", "Математика целиком"], await Titles("цнппм", null));
        Assert.Equal(["Математика целиком"], await Titles("фр-7", "MA"));
        Assert.Equal(1, (await queries.CompetencesAsync()).Single(c => c.Code == "METH").Programmes);
    }
}
