using Microsoft.Playwright;
using MiniExcelLibs;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests;

/// <summary>The browser of <see cref="BrowserFixture"/> over <see cref="TestRegion"/> with the English procedures of <see cref="DashboardRegion"/>.</summary>
public sealed class DashboardBrowserFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await DashboardRegion.SeedAsync(Browser.App.App.Services);
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>A person in a browser reads the dashboards and the comparison table of a procedure.</summary>
public class DashboardTests(DashboardBrowserFixture fixture) : IClassFixture<DashboardBrowserFixture>
{
    private BrowserFixture Browser => fixture.Browser;

    [Fact]
    public async Task An_analyst_sees_the_region_dashboard_with_its_charts_and_key_figures()
    {
        var page = await Browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);

        await Expect(page.Locator("#procedure-title")).ToContainTextAsync(DashboardRegion.ProcedureTitle);
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("Участников");
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("58,5 %");
        foreach (var chart in new[] { "#marks-chart svg", "#histogram-chart svg", "#tasks-chart svg", "#dynamics-chart svg" })
            await Expect(page.Locator(chart)).ToBeVisibleAsync();
        await Expect(page.Locator("#dynamics .negative-dynamics").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "20-region-dashboard");

        // Another procedure of the year: the dashboard follows the selector.
        await page.Locator("#procedure-select .mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "ВПР Русский язык, 4 класс, 2025" }).ClickAsync();
        await Expect(page.Locator("#procedure-title")).ToContainTextAsync("ВПР Русский язык, 4 класс, 2025");
        await Expect(page.Locator("#not-informative")).ToContainTextAsync("не информативно (менее 20 участников)");
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("66,7 %");
        await BrowserFixture.ScreenshotAsync(page, "21-region-dashboard-russian");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_school_leader_opens_the_dashboard_of_their_school()
    {
        var page = await Browser.SignInAsync(TestRegion.User(Roles.SchoolLeader).Email);
        await page.GetByRole(AriaRole.Link, new() { Name = TestRegion.SchoolNames["S011"] }).First.ClickAsync();

        await Expect(page.Locator("#page-title")).ToHaveTextAsync(TestRegion.SchoolNames["S011"]);
        await Expect(page.Locator("#key-figures")).ToContainTextAsync(DashboardRegion.SchoolMeanPercent);
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("регион: 58,5 %");
        await Expect(page.Locator("#tasks-chart svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#skills")).ToContainTextAsync(DashboardRegion.SkillK3);
        await Expect(page.Locator("#journal")).ToContainTextAsync(DashboardRegion.SchoolJournalSame);
        await BrowserFixture.ScreenshotAsync(page, "22-school-dashboard");

        await page.GotoAsync("/schools/S012");
        await Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_suppressed_school_shows_no_numbers()
    {
        var page = await Browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        await page.GotoAsync("/schools/S012");
        await Expect(page.Locator("#suppressed")).ToContainTextAsync("данные скрыты: менее 5 участников");
        await Expect(page.Locator("#key-figures")).ToHaveCountAsync(0);
        await Expect(page.Locator("#marks-chart")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "23-school-suppressed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_comparison_table_sorts_and_filters()
    {
        var page = await Browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        await page.GotoAsync($"/procedures/{DashboardRegion.ProcedureCode}");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        var rows = page.Locator("#comparison-table tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await BrowserFixture.ScreenshotAsync(page, "24-procedure-comparison");

        var participants = page.Locator("#comparison-table thead").GetByText("Участников");
        await participants.ClickAsync();
        await Expect(rows.First).ToContainTextAsync(TestRegion.SchoolNames["S012"]);
        await participants.ClickAsync();
        await Expect(rows.First).ToContainTextAsync(TestRegion.MunicipalityNames["M01"]);

        await page.Locator("#comparison-filter").FillAsync("лицей");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(TestRegion.SchoolNames["S021"]);
        await Expect(page.Locator("#comparison-region")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "25-procedure-comparison-filtered");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_excel_download_has_the_header_row()
    {
        var page = await Browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        await page.GotoAsync($"/procedures/{DashboardRegion.ProcedureCode}");
        await BrowserFixture.WaitUntilInteractiveAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-excel").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"orientir-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var header = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().First()
                .Values.Select(v => v?.ToString() ?? "").ToArray();
            Assert.Equal(
                ["Уровень", "Код", "Наименование", "Участников", "Средний % от максимума", "Доля «2», %", "Успеваемость, %", "Качество, %", "Статус"],
                header);
            Assert.Equal(7, MiniExcel.Query(path, useHeaderRow: false).Count());
        }
        finally
        {
            File.Delete(path);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_municipal_officers_comparison_table_lists_only_their_schools()
    {
        var page = await Browser.SignInAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        await page.GotoAsync($"/procedures/{DashboardRegion.ProcedureCode}");
        var rows = page.Locator("#comparison-table tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.Locator("#comparison-table")).ToContainTextAsync(TestRegion.SchoolNames["S011"]);
        await Expect(page.Locator("#comparison-table")).ToContainTextAsync(TestRegion.SchoolNames["S012"]);
        await Expect(page.Locator("#comparison-table")).Not.ToContainTextAsync(TestRegion.SchoolNames["S021"]);
        await Expect(page.Locator("#comparison-table")).Not.ToContainTextAsync(TestRegion.MunicipalityNames["M02"]);
        await BrowserFixture.ScreenshotAsync(page, "26-officer-comparison");
        await page.Context.CloseAsync();
    }
}
