using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Results;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Pages;

/// <summary><see cref="TestRegion"/> with the English procedures of <see cref="DashboardRegion"/>.</summary>
public sealed class DashboardAppFixture : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await DashboardRegion.SeedAsync(App.App.Services);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>The dashboards and the comparison table as prerendered HTML, and the Excel export, against hand-counted numbers.</summary>
public class DashboardTests(DashboardAppFixture fixture) : IClassFixture<DashboardAppFixture>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task The_region_dashboard_shows_key_figures_charts_and_the_negative_dynamics()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var html = await client.GetStringAsync("/");

        Assert.Contains("Результаты оценочных процедур: регион в целом", html);
        Assert.Contains(DashboardRegion.ProcedureTitle, html);
        // Region: 39 works, primary scores summing to 228 of 10 each → 58,5 %; «2» in 9 of 39 → 23,1 %.
        Assert.Contains("58,5 %", html);
        Assert.Contains("23,1 %", html);
        foreach (var chart in new[] { "marks-chart", "histogram-chart", "tasks-chart", "dynamics-chart" })
            // The chart's paper holds the SVG itself (after a heading, for the histogram).
            Assert.Matches($"id=\"{chart}\"[^>]*>\\s*(<p[^>]*>[^<]*</p>\\s*)?<\\?xml[^>]*>\\s*<svg", html);
        Assert.Contains("Распределение отметок", html);
        Assert.Contains("«3» от 3", html);
        Assert.Contains("базовый уровень 60 %", html);
        Assert.Contains("отрицательная динамика", html);
        Assert.DoesNotContain("id=\"not-informative\"", html);
    }

    [Fact]
    public async Task A_school_leader_sees_the_hand_counted_indicators_of_their_school_against_the_region()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var html = await client.GetStringAsync("/schools/S011");

        Assert.Contains(DashboardRegion.SchoolMeanPercent, html);
        Assert.Contains(DashboardRegion.SchoolSuccessRate, html);
        Assert.Contains(DashboardRegion.SchoolQualityRate, html);
        Assert.Contains(DashboardRegion.SchoolShareOfTwo, html);
        Assert.Contains(DashboardRegion.SchoolJournalSame, html);
        // Five of 25 works got a «2» against a journal «4»: понизили and a difference of two or more, 20 % each.
        Assert.Matches("Понизили[^<]*</td><td[^>]*>20,0 %", html);
        Assert.Matches("Расхождение на 2 балла и более</td><td[^>]*>20,0 %", html);
        Assert.Contains("регион: 58,5 %", html);
        // K3 at 36 % is below the basic pair's 57 %: red.
        Assert.Matches("background-color:#FFCDD2\"[^>]*>" + DashboardRegion.SkillK3, html);
        Assert.Contains("Ниже минимального балла", html);
        Assert.Contains("отрицательная динамика", html);
        Assert.DoesNotContain("данные скрыты", html);
    }

    [Fact]
    public async Task A_municipal_officers_home_page_shows_their_municipality_against_the_region()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var html = await client.GetStringAsync("/");

        Assert.Contains("Результаты оценочных процедур муниципалитета", html);
        Assert.DoesNotContain("регион в целом", html);
        // M01: S011's 25 works and S012's 4, primary scores 140 + 8 of 290 → 51,0 %; the region 58,5 % beside it.
        Assert.Contains("51,0 %", html);
        Assert.Contains("регион: 58,5 %", html);
    }

    [Fact]
    public async Task A_school_under_five_participants_shows_that_its_data_is_hidden_and_no_number()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var html = await client.GetStringAsync("/schools/S012");

        Assert.Contains("данные скрыты: менее 5 участников", html);
        Assert.DoesNotContain("id=\"key-figures\"", html);
        Assert.DoesNotContain("id=\"marks-chart\"", html);
        Assert.DoesNotContain("id=\"skills\"", html);
    }

    [Fact]
    public async Task A_school_under_twenty_participants_is_marked_not_informative()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var html = await client.GetStringAsync("/schools/S021");

        Assert.Contains("не информативно (менее 20 участников)", html);
        Assert.Contains("id=\"key-figures\"", html);
    }

    [Fact]
    public async Task A_municipal_officers_comparison_table_lists_only_their_municipality_and_schools()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var html = await client.GetStringAsync($"/procedures/{DashboardRegion.ProcedureCode}");

        Assert.Contains("Сравнение муниципалитетов и школ", html);
        Assert.Contains(TestRegion.MunicipalityNames["M01"], html);
        Assert.Contains(TestRegion.SchoolNames["S011"], html);
        Assert.Contains(TestRegion.SchoolNames["S012"], html);
        Assert.DoesNotContain(TestRegion.MunicipalityNames["M02"], html);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], html);
        Assert.Contains("Регион (для сравнения)", html);
    }

    [Fact]
    public async Task The_excel_export_has_the_header_row_and_a_line_per_group_and_is_audited()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        using var response = await client.GetAsync($"/api/indicators/export/{DashboardRegion.ProcedureCode}.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ComparisonExportApi.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var rows = await ReadAsync(response);
        Assert.Equal(
            ["Уровень", "Код", "Наименование", "Участников", "Средний % от максимума", "Доля «2», %", "Успеваемость, %", "Качество, %", "Статус"],
            rows[0]);
        Assert.Equal(["Регион", "Муниципалитет", "Муниципалитет", "Школа", "Школа", "Школа"], rows.Skip(1).Select(r => r[0]).ToArray());
        Assert.Equal(["M01", "M02", "S011", "S012", "S021"], rows.Skip(2).Select(r => r[1]).ToArray());
        var school = rows.Single(r => r[1] == "S011");
        Assert.Equal(TestRegion.SchoolNames["S011"], school[2]);
        Assert.Equal("25", school[3]);
        Assert.Equal(56.0, double.Parse(school[4], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(20.0, double.Parse(school[5], System.Globalization.CultureInfo.InvariantCulture), 9);
        var hidden = rows.Single(r => r[1] == "S012");
        Assert.Equal("4", hidden[3]);
        Assert.All(hidden.Skip(4).Take(4), Assert.Empty);
        Assert.Equal("данные скрыты: менее 5 участников", hidden[8]);

        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        Assert.Contains(await db.Audit.Where(a => a.Action == ComparisonExportApi.AuditAction).ToListAsync(),
            a => a.UserName == TestRegion.User(Roles.RegionAnalyst).Email && a.Details.Contains(DashboardRegion.ProcedureCode));
    }

    [Fact]
    public async Task A_municipal_officers_export_holds_only_their_schools()
    {
        using var client = await App.BearerAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        using var response = await client.GetAsync($"/api/indicators/export/{DashboardRegion.ProcedureCode}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var codes = (await ReadAsync(response)).Skip(1).Where(r => r[0] != "Регион").Select(r => r[1]).ToArray();
        Assert.Equal(["M01", "S011", "S012"], codes);
    }

    [Fact]
    public async Task The_export_of_an_unknown_procedure_is_not_found()
    {
        using var client = await App.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        using var response = await client.GetAsync("/api/indicators/export/NO-SUCH.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every row of the first sheet as strings, the header row included.</summary>
    private static async Task<List<string[]>> ReadAsync(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray())
            .ToList();
    }
}
