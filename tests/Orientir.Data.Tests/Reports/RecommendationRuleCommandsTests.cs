using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Reports;
using Orientir.Domain.Access;
using Orientir.Testing;

namespace Orientir.Data.Tests.Reports;

public class RecommendationRuleCommandsTests
{
    private static readonly RuleEditor Methodologist = new("method@orientir", Roles.Methodologist);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_methodologist_rewords_and_retunes_a_rule_and_the_change_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var commands = new RecommendationRuleCommands(db, TimeProvider.System);

        var result = await commands.UpdateAsync(Methodologist, "school.skill-gap",
            new RecommendationRuleChange("Отработать умение {skill}: отставание {value} п. п.", Threshold: 12.5, Limit: 2, Priority: 15, Active: false));

        Assert.True(result.Succeeded, result.Message);
        await using var check = database.CreateContext();
        var rule = await check.RecommendationRules.SingleAsync(r => r.Code == "school.skill-gap");
        Assert.Equal(("Отработать умение {skill}: отставание {value} п. п.", 12.5, 2, 15, false, "method@orientir"),
            (rule.Template, rule.Threshold, rule.Limit, rule.Priority, rule.Active, rule.UpdatedBy));
        var audit = await check.Audit.SingleAsync();
        Assert.Equal((RecommendationRuleCommands.UpdateAction, "method@orientir"), (audit.Action, audit.UserName));
        Assert.Contains("code=school.skill-gap", audit.Details);
        Assert.Contains("threshold=10→12.5", audit.Details);
        Assert.DoesNotContain(await new RecommendationRuleStore(check).ActiveAsync(), r => r.Code == "school.skill-gap");
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_change_to_nothing_new_writes_no_audit_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var result = await new RecommendationRuleCommands(db, TimeProvider.System).UpdateAsync(Methodologist, "school.skill-gap",
            new RecommendationRuleChange(Threshold: 10, Active: true));

        Assert.True(result.Succeeded);
        Assert.Empty(await db.Audit.ToListAsync());
    }

    [Theory]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.MunicipalOfficer)]
    [InlineData(Roles.Curator)]
    [InlineData(Roles.Teacher)]
    public async Task Only_the_regions_methodical_side_may_change_a_rule(string role)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var commands = new RecommendationRuleCommands(db, TimeProvider.System);
        var editor = new RuleEditor("someone", role);

        var update = await commands.UpdateAsync(editor, "school.skill-gap", new RecommendationRuleChange(Threshold: 1));
        var add = await commands.AddAsync(editor, new RecommendationRuleInput("mine", "school", "skill_gap", "AtLeast", 1, 1, 1, "{skill}"));
        await using var file = new MemoryStream("code;level;fact;comparison;threshold;limit;priority;template\n"u8.ToArray());
        var import = await commands.ImportAsync(editor, file, "rules.csv");

        Assert.Equal([ScopedOutcome.Forbidden, ScopedOutcome.Forbidden, ScopedOutcome.Forbidden], [update.Outcome, add.Outcome, import.Outcome]);
        Assert.Equal(10, (await db.RecommendationRules.AsNoTracking().SingleAsync(r => r.Code == "school.skill-gap")).Threshold);
        Assert.True(new RuleEditor("x", Roles.Admin).CanEdit && new RuleEditor("x", Roles.RegionAnalyst).CanEdit && Methodologist.CanEdit);
    }

    [Theory]
    [InlineData("Умение {skill} в {classroom}", null, null, "Формулировка: {classroom} — нет у факта «skill_gap»")]
    [InlineData("  ", null, null, "Формулировка: не заполнено")]
    [InlineData(null, 150.0, null, "Порог: порог 150: для факта «skill_gap» должен быть от -100 до 100")]
    [InlineData(null, null, 0, "Не более: 0: должно быть от 1 до 50")]
    public async Task A_bad_change_is_refused_with_the_field_named_and_nothing_changes(string? template, double? threshold, int? limit, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        var result = await new RecommendationRuleCommands(db, TimeProvider.System).UpdateAsync(Methodologist, "school.skill-gap",
            new RecommendationRuleChange(template, threshold, limit));

        Assert.Equal(ScopedOutcome.Invalid, result.Outcome);
        Assert.StartsWith(message, result.Message);
        Assert.Empty(await db.Audit.ToListAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_rule_is_added_once_and_an_unknown_one_is_not_found(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var commands = new RecommendationRuleCommands(db, TimeProvider.System);
        var input = new RecommendationRuleInput("school.journal-differ", "school", "journal_lower_share", "<=", 5, 1, 90,
            "Отметки {group} по журналу подтверждаются ({value} % «понизили»).");

        var added = await commands.AddAsync(Methodologist, input);
        var again = await commands.AddAsync(Methodologist, input);
        var badFact = await commands.AddAsync(Methodologist, input with { Code = "other", Fact = "share_of_three" });
        var badLevel = await commands.AddAsync(Methodologist, input with { Code = "other", Level = "class" });
        var missing = await commands.UpdateAsync(Methodologist, "no-such-rule", new RecommendationRuleChange(Threshold: 1));

        Assert.True(added.Succeeded, added.Message);
        Assert.Equal("AtMost", added.Value!.Comparison);
        Assert.Equal("Код: правило «school.journal-differ» уже есть.", again.Message);
        Assert.StartsWith("Факт: «share_of_three» — неизвестный факт", badFact.Message);
        Assert.StartsWith("Уровень: «class» — не уровень отчёта", badLevel.Message);
        Assert.Equal(ScopedOutcome.NotFound, missing.Outcome);
        Assert.Equal(RecommendationRuleCommands.AddAction, (await db.Audit.SingleAsync()).Action);
    }
}
