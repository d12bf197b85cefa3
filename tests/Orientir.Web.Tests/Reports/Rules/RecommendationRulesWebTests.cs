using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Reports.Rules;

/// <summary>The page <c>/reports/rules</c> and <c>/api/reports/rules</c>: everyone reads, the region's methodical side changes.</summary>
public class RecommendationRulesWebTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Header = "code;level;fact;comparison;threshold;limit;priority;template;active";

    [Fact]
    public async Task A_methodologist_sees_the_shipped_rules_with_edit_upload_download_and_the_facts()
    {
        using var methodologist = await app.CookieAsync(TestRegion.User(Roles.Methodologist).Email);
        var page = WebUtility.HtmlDecode(await methodologist.GetStringAsync("/reports/rules"));

        Assert.Contains("Правила рекомендаций", page);
        Assert.Contains("id=\"rules-table\"", page);
        Assert.Contains("id=\"rule-school.skill-gap\"", page);
        Assert.Contains("Включить в рабочие программы по предмету «{subject}»", page);
        Assert.Contains("Отставание умения от региона, п. п.", page);
        Assert.Contains("≥ 10", page);
        Assert.Contains("id=\"rule-edit-school.skill-gap\"", page);
        Assert.Contains("id=\"rules-upload\"", page);
        Assert.Contains("id=\"rules-download\"", page);
        Assert.Contains("id=\"facts-table\"", page);
        Assert.DoesNotContain("id=\"rules-readonly\"", page);
    }

    [Fact]
    public async Task A_school_leader_reads_the_rules_without_edit_or_upload()
    {
        using var leader = await app.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var page = WebUtility.HtmlDecode(await leader.GetStringAsync("/reports/rules"));

        Assert.Contains("id=\"rule-school.skill-gap\"", page);
        Assert.Contains("id=\"rules-download\"", page);
        Assert.Contains("id=\"rules-readonly\"", page);
        Assert.DoesNotContain("rule-edit-", page);
        Assert.DoesNotContain("id=\"rules-upload\"", page);
    }

    [Fact]
    public async Task A_school_leader_cannot_change_add_or_import_a_rule()
    {
        using var leader = await app.BearerAsync(TestRegion.User(Roles.SchoolLeader).Email);

        var rules = await leader.GetFromJsonAsync<JsonElement>("/api/reports/rules");
        using var put = await leader.PutAsJsonAsync("/api/reports/rules/school.share-of-two", new { threshold = 1 });
        using var add = await leader.PostAsJsonAsync("/api/reports/rules",
            new { code = "mine", level = "school", fact = "skill_gap", comparison = ">=", threshold = 1, limit = 1, priority = 1, template = "{skill}" });
        using var import = await leader.PostAsync("/api/reports/rules/import", Csv($"{Header}\nmine;school;skill_gap;>=;1;1;1;{{skill}};1\n"));

        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("code").GetString() == "school.share-of-two");
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [put.StatusCode, add.StatusCode, import.StatusCode]);
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        Assert.Equal(15, (await db.RecommendationRules.SingleAsync(r => r.Code == "school.share-of-two")).Threshold);
        Assert.False(await db.RecommendationRules.AnyAsync(r => r.Code == "mine"));
    }

    [Fact]
    public async Task An_analysts_change_is_stored_and_audited_and_a_bad_one_names_the_field()
    {
        var email = TestRegion.User(Roles.RegionAnalyst).Email;
        using var analyst = await app.BearerAsync(email);

        using var changed = await analyst.PutAsJsonAsync("/api/reports/rules/school.two-rise", new { threshold = 8, limit = 1 });
        using var bad = await analyst.PutAsJsonAsync("/api/reports/rules/school.two-rise", new { template = "Рост в {classroom}" });
        using var missing = await analyst.PutAsJsonAsync("/api/reports/rules/no-such-rule", new { threshold = 8 });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var row = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((8.0, 1), (row.GetProperty("threshold").GetDouble(), row.GetProperty("limit").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Формулировка: {classroom} — нет у факта «two_share_rise»", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await using var scope = app.App.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<OrientirDbContext>().Audit
            .SingleAsync(a => a.Action == "report.rules.update" && a.Details.Contains("code=school.two-rise"));
        Assert.Equal(email, audit.UserName);
        Assert.Contains("threshold=10→8 limit=2→1", audit.Details);
    }

    [Fact]
    public async Task The_export_downloads_as_csv_and_an_upload_with_a_bad_row_lists_file_line_column_while_a_good_one_imports()
    {
        using var methodologist = await app.BearerAsync(TestRegion.User(Roles.Methodologist).Email);

        using var export = await methodologist.GetAsync("/api/reports/rules/export.csv");
        var text = await export.Content.ReadAsStringAsync();
        using var bad = await methodologist.PostAsync("/api/reports/rules/import", Csv($"{Header}\nregion.new;region;skill_success;<=;150;1;5;{{skill}};1\n"));
        using var good = await methodologist.PostAsync("/api/reports/rules/import",
            Csv($"{Header}\nregion.new;region;skill_success;<=;40;1;5;Умение {{skill}} выполнено на {{value}} %.;1\n"));

        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(Header, text.TrimStart('\uFEFF'));
        Assert.Contains("school.skill-gap;school;skill_gap;>=;10;3;10;", text);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
        Assert.StartsWith("rules.csv:2: threshold: порог 150: для факта «skill_success» должен быть от 0 до 100", errors[0].GetString());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "rules.csv" } };
    }
}
