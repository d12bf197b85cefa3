using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Schools;

/// <summary>The school analytics through the API with a bearer token, in every scope; the methodology changed only by managers.</summary>
public class SchoolAnalysisApiTests(SchoolAnalysisApp fixture) : IClassFixture<SchoolAnalysisApp>
{
    private WebAppFixture App => fixture.App;

    public static TheoryData<string, string[], string[]> ListsByRole => new()
    {
        { Roles.RegionAnalyst, ["S011", "S012", "S021", "S022"], ["S021", "S011"] },
        { Roles.Methodologist, ["S011", "S012", "S021", "S022"], ["S021", "S011"] },
        { Roles.MunicipalOfficer, ["S011", "S012"], ["S011"] },
        { Roles.SchoolLeader, ["S011"], ["S011"] },
    };

    [Theory, MemberData(nameof(ListsByRole))]
    public async Task A_role_reads_the_lists_and_markers_of_its_scope_only(string role, string[] all, string[] low)
    {
        using var client = await App.BearerAsync(TestRegion.User(role).Email);

        var runs = await client.GetFromJsonAsync<JsonElement>("/api/schools/analysis/runs");
        Assert.Equal(AnalysisRun.Year, runs.EnumerateArray().Single().GetProperty("year").GetInt32());
        Assert.Equal(all, await CodesAsync(client, "all"));
        Assert.Equal(low, await CodesAsync(client, "low"));
        Assert.All(await CodesAsync(client, "resilient"), code => Assert.Contains(code, all));

        var markers = await client.GetFromJsonAsync<JsonElement>($"/api/schools/analysis/markers?year={AnalysisRun.Year}");
        Assert.All(markers.EnumerateArray(), m => Assert.Contains(m.GetProperty("schoolCode").GetString(), all));
        Assert.Equal(all.Order(), markers.EnumerateArray().Select(m => m.GetProperty("schoolCode").GetString()!).Distinct().Order());
    }

    [Fact]
    public async Task A_list_row_carries_the_evidence_that_put_the_school_there()
    {
        using var client = await App.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/schools/analysis?year={AnalysisRun.Year}&list=low");
        var first = list.GetProperty("schools")[0];
        Assert.Equal("S021", first.GetProperty("code").GetString());
        var evidence = first.GetProperty("evidence").GetProperty(EvidenceSections.LowResults);
        Assert.Equal(-1.5, evidence.EnumerateArray().Single(e => e.GetProperty("key").GetString() == "composite_2025").GetProperty("value").GetDouble());

        using var unknown = await client.GetAsync($"/api/schools/analysis?year={AnalysisRun.Year}&list=best");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Неизвестный список", await unknown.Content.ReadAsStringAsync());
        using var noRun = await client.GetAsync("/api/schools/analysis?year=2019");
        Assert.Equal(HttpStatusCode.NotFound, noRun.StatusCode);
    }

    [Fact]
    public async Task A_director_reads_their_school_and_gets_404_for_another()
    {
        using var client = await App.BearerAsync(TestRegion.User(Roles.SchoolLeader).Email);

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/schools/analysis/S011?year={AnalysisRun.Year}");
        Assert.Equal("S011", own.GetProperty("school").GetProperty("code").GetString());
        Assert.True(own.GetProperty("school").GetProperty("nonObjective").GetBoolean());
        Assert.Equal(3, own.GetProperty("markers").EnumerateArray().Count(m => m.GetProperty("raised").GetBoolean()));

        foreach (var other in new[] { "S012", "S021", "S404" })
        {
            using var response = await client.GetAsync($"/api/schools/analysis/{other}?year={AnalysisRun.Year}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_excel_export_holds_the_scopes_rows_and_is_audited()
    {
        using var client = await App.BearerAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        using var response = await client.GetAsync($"/api/schools/analysis/export.xlsx?year={AnalysisRun.Year}&list=nonobjective");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["S011"], rows.Select(r => r["Код"]?.ToString()));
        Assert.Equal("Сложные задания лучше базовых, Пики у границ отметок", rows[0]["ВПР 4 РУ"]?.ToString());
        Assert.Equal("да", rows[0]["В списке"]?.ToString());

        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "export.school-analysis" && a.UserName == TestRegion.User(Roles.MunicipalOfficer).Email));
    }

    [Theory]
    [InlineData(Roles.Methodologist)]
    [InlineData(Roles.MunicipalOfficer)]
    [InlineData(Roles.SchoolLeader)]
    public async Task A_role_that_does_not_manage_the_methodology_cannot_change_it_or_publish(string role)
    {
        using var client = await App.BearerAsync(TestRegion.User(role).Email);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/methodology");

        using var put = await client.PutAsJsonAsync("/api/methodology", new { comment = "попытка", settings = Changed(before) });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        using var publish = await client.PostAsync($"/api/schools/analysis/runs?year={AnalysisRun.Year}", null);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var after = await client.GetFromJsonAsync<JsonElement>("/api/methodology");
        Assert.Equal(before.GetProperty("number").GetInt32(), after.GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task An_analyst_saves_a_new_version_with_an_audit_entry_and_gets_russian_messages_for_bad_input()
    {
        using var client = await App.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/methodology");
        var number = before.GetProperty("number").GetInt32();

        using var noComment = await client.PutAsJsonAsync("/api/methodology", new { comment = " ", settings = Changed(before) });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Contains("Укажите комментарий", await noComment.Content.ReadAsStringAsync());
        using var badEnum = await client.PutAsJsonAsync("/api/methodology",
            new { comment = "плохо", settings = JsonNode.Parse("""{"Resilience":{"Rule":"Everybody"}}""") });
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        Assert.Contains("Настройки методики не прочитаны", await badEnum.Content.ReadAsStringAsync());

        using var put = await client.PutAsJsonAsync("/api/methodology", new { comment = "Мягкое правило резильентности", settings = Changed(before) });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(number + 1, saved.GetProperty("number").GetInt32());
        Assert.Equal("EffectAtOrAboveMedian", saved.GetProperty("settings").GetProperty("Resilience").GetProperty("Rule").GetString());
        var current = await client.GetFromJsonAsync<JsonElement>("/api/methodology");
        Assert.Equal(number + 1, current.GetProperty("number").GetInt32());
        var first = await client.GetFromJsonAsync<JsonElement>("/api/methodology/1");
        Assert.Equal("EffectIntervalAboveZero", first.GetProperty("settings").GetProperty("Resilience").GetProperty("Rule").GetString());

        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var audit = await db.Audit.Where(a => a.Action == MethodologyStore.AuditAction).ToListAsync();
        Assert.Contains(audit, a => a.UserName == TestRegion.User(Roles.RegionAnalyst).Email && a.Details.Contains($"version={number + 1}"));
    }

    private static async Task<string[]> CodesAsync(HttpClient client, string list)
    {
        var response = await client.GetFromJsonAsync<JsonElement>($"/api/schools/analysis?year={AnalysisRun.Year}&list={list}");
        return response.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToArray();
    }

    /// <summary>The settings of a GET with the resilience rule switched: a change every build of the settings has.</summary>
    private static JsonNode Changed(JsonElement methodology)
    {
        var settings = JsonNode.Parse(methodology.GetProperty("settings").GetRawText())!;
        var rule = settings["Resilience"]!["Rule"]!.GetValue<string>();
        settings["Resilience"]!["Rule"] = rule == "EffectAtOrAboveMedian" ? "EffectIntervalAboveZero" : "EffectAtOrAboveMedian";
        return settings;
    }
}
