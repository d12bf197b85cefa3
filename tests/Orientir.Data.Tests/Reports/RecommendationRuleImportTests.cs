using System.Text;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Reports;
using Orientir.Testing;

namespace Orientir.Data.Tests.Reports;

public class RecommendationRuleImportTests : IDisposable
{
    private const string Good = RulesFiles.Header + """

        school.skill-gap;school;skill_gap;>=;12,5;2;10;Отработать умение {skill} (задания {tasks}): отставание {value} п. п.;1
        municipality.extra;municipality;high_marks_share;<=;15;1;80;"Доля «4» и «5»; {procedure}: {value} %";1
        region.extra;region;two_share_rise;AtLeast;8;3;40;Доля «2» ({series}) выросла на {value} п. п.;0
        """;

    private readonly RulesFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_good_file_adds_and_updates_by_code_and_the_same_file_again_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var import = new RecommendationRuleImport(db, TimeProvider.System);
        var before = await db.RecommendationRules.CountAsync();

        var first = await import.ImportAsync(_files.Write(Good), "method", "rules.csv");
        var again = await import.ImportAsync(_files.Write(Good), "method", "rules.csv");

        Assert.True(first.Succeeded, string.Join("\n", first.Messages));
        Assert.Equal((2, 1, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 3), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(before + 2, await db.RecommendationRules.CountAsync());
        var rules = await db.RecommendationRules.AsNoTracking().Where(r => r.UpdatedBy == "method").ToDictionaryAsync(r => r.Code);
        Assert.Equal((12.5, 2, "AtLeast"), (rules["school.skill-gap"].Threshold, rules["school.skill-gap"].Limit, rules["school.skill-gap"].Comparison));
        Assert.Equal(("Доля «4» и «5»; {procedure}: {value} %", "AtMost"), (rules["municipality.extra"].Template, rules["municipality.extra"].Comparison));
        Assert.False(rules["region.extra"].Active);
        var audit = await db.Audit.SingleAsync();
        Assert.Equal(RecommendationRuleImport.AuditAction, audit.Action);
        Assert.Contains("file=rules.csv added=2 updated=1 unchanged=0", audit.Details);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_export_imports_back_unchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RecommendationRuleImport(db, TimeProvider.System).ImportAsync(_files.Write(Good), "method");
        var path = _files.Write("", "export.csv");
        await using (var output = File.Create(path)) await new RecommendationRuleStore(db).ExportAsync(output);

        var outcome = await new RecommendationRuleImport(db, TimeProvider.System).ImportAsync(path, "method");

        Assert.Equal((0, 0, await db.RecommendationRules.CountAsync()), (outcome.Added, outcome.Updated, outcome.Unchanged));
        var text = await File.ReadAllTextAsync(path);
        Assert.StartsWith(RulesFiles.Header, text.TrimStart('\uFEFF'));
        Assert.Contains("school.skill-gap;school;skill_gap;>=;12,5;2;10;", text);
        Assert.Contains("\"Доля «4» и «5»; {procedure}: {value} %\"", text);
    }

    [Theory]
    [InlineData("school.x;school;skill_gap;>=;10;1;10;{skill} в {classroom};1", "template", "{classroom} — нет у факта «skill_gap»")]
    [InlineData("school.x;class;skill_gap;>=;10;1;10;{skill};1", "level", "«class» — не уровень отчёта")]
    [InlineData("school.x;school;skill_gaps;>=;10;1;10;{skill};1", "fact", "«skill_gaps» — неизвестный факт")]
    [InlineData("school.x;school;skill_gap;больше;10;1;10;{skill};1", "comparison", "«больше» — не условие (>= или <=)")]
    [InlineData("school.x;school;skill_gap;>=;десять;1;10;{skill};1", "threshold", "«десять» — не число")]
    [InlineData("school.x;school;share_of_two;>=;120;1;10;{value};1", "threshold", "порог 120: для факта «share_of_two» должен быть от 0 до 100")]
    [InlineData("school.x;school;skill_gap;>=;10;0;10;{skill};1", "limit", "0: должно быть от 1 до 50")]
    [InlineData("school.x;school;skill_gap;>=;10;1;;{skill};1", "priority", "не заполнено обязательное значение")]
    [InlineData("school.x;school;skill_gap;>=;10;1;10;;1", "template", "не заполнено обязательное значение")]
    [InlineData("school x;school;skill_gap;>=;10;1;10;{skill};1", "code", "«school x» — код из латинских букв")]
    [InlineData("school.x;school;skill_gap;>=;10;1;10;{skill};да", "active", "«да» — должно быть 1 или 0")]
    [InlineData("school.skill-gap;school;skill_gap;>=;10;1;10;{skill};1", "code", "правило «school.skill-gap» уже есть в строке 2")]
    public async Task A_bad_row_is_reported_as_file_line_column_and_nothing_is_stored(string row, string column, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var text = $"{RulesFiles.Header}\nschool.skill-gap;school;skill_gap;>=;11;1;10;{{skill}};1\n{row}\n";

        var outcome = await new RecommendationRuleImport(db, TimeProvider.System).ImportAsync(_files.Write(text), "method", "rules.csv");

        var error = Assert.Single(outcome.Errors);
        Assert.StartsWith($"rules.csv:3: {column}: {message}", error.ToString());
        Assert.Equal(10, (await db.RecommendationRules.SingleAsync(r => r.Code == "school.skill-gap")).Threshold);
        Assert.Empty(await db.Audit.ToListAsync());
    }

    [Fact]
    public async Task A_file_without_a_required_column_or_in_windows_1251_is_read_as_the_package_files_are()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var import = new RecommendationRuleImport(db, TimeProvider.System);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var missing = await import.ImportAsync(_files.Write("code,level,fact,comparison,threshold,limit,priority\n"), "method", "rules.csv");
        var cyrillic = await import.ImportAsync(_files.Write(RulesFiles.Header.Replace(';', ',') + "\nschool.new,school,unfavourable,>=,1,1,99,Школа {group} в ШНСУ.,1\n",
            encoding: Encoding.GetEncoding(1251)), "method", "rules.csv");

        Assert.Equal("rules.csv:1: template: нет обязательного столбца «template» [IMP101]", Assert.Single(missing.Errors).ToString());
        Assert.True(cyrillic.Succeeded, string.Join("\n", cyrillic.Messages));
        Assert.Equal("Школа {group} в ШНСУ.", (await db.RecommendationRules.SingleAsync(r => r.Code == "school.new")).Template);
    }
}
