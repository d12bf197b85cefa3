using Microsoft.Playwright;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;
using Orientir.Web.Tests.Schools;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests;

/// <summary>The school analytics in a browser: the lists with their evidence in each scope, a school's detail, the methodology form.</summary>
[Collection(BrowserCollection.Name)]
public class SchoolAnalysisTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_analyst_reads_the_lists_with_their_evidence_and_opens_a_school()
    {
        await AnalysisRun.EnsureAsync(browser.App.App.Services);
        var page = await browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Анализ школ" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Анализ школ");
        await Expect(page.Locator("#methodology-version")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^версия \d+$"));
        var low = page.Locator("#list-low");
        await Expect(low.GetByRole(AriaRole.Link, new() { Name = "Лицей № 2 города Гамма" })).ToBeVisibleAsync();
        await Expect(low.Locator("tr[data-school='S011']")).ToContainTextAsync("Сводный показатель результатов (2025): -1,2");
        await BrowserFixture.ScreenshotAsync(page, "schools-01-low");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Признаки необъективности") }).ClickAsync();
        var table = page.Locator("#list-nonobjective");
        // Columns in code order: VPR-2025-MA-4 (one marker), then VPR-2025-RU-4 (two).
        var markers = table.Locator("tr[data-school='S011'] td.marker-cell").Nth(1);
        await Expect(markers).ToHaveTextAsync("б в");
        await Expect(markers).ToHaveAttributeAsync("title", "Сложные задания лучше базовых, Пики у границ отметок");
        await Expect(page.Locator("#marker-legend")).ToContainTextAsync("в — Пики у границ отметок");
        await Expect(table.Locator("thead")).ToContainTextAsync("ВПР 4 МА");
        await BrowserFixture.ScreenshotAsync(page, "schools-02-nonobjective");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Все школы") }).ClickAsync();
        await Expect(page.Locator("#list-all tbody tr")).ToHaveCountAsync(4);
        await BrowserFixture.ScreenshotAsync(page, "schools-03-all");

        await page.Locator("#list-all").GetByRole(AriaRole.Link, new() { Name = "Гимназия № 1 города Альфа" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Гимназия № 1 города Альфа");
        await Expect(page.Locator("#performance")).ToContainTextAsync("-0,3 [-0,5; -0,1]");
        await Expect(page.Locator("#cluster-place")).ToContainTextAsync("2 из 2");
        await Expect(page.Locator("#markers-table tbody tr")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "schools-04-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_municipal_officer_sees_only_the_schools_of_their_municipality()
    {
        await AnalysisRun.EnsureAsync(browser.App.App.Services);
        var page = await browser.SignInAsync(TestRegion.User(Roles.MunicipalOfficer).Email);

        await page.GotoAsync($"/schools/analysis?year={AnalysisRun.Year}&list=all");
        await Expect(page.Locator("#list-all tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#list-all")).ToContainTextAsync("Гимназия № 1 города Альфа");
        await Expect(page.Locator("#list-all")).Not.ToContainTextAsync("Гамма");
        await Expect(page.Locator("#recalculate")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "schools-05-municipal");

        await page.GotoAsync($"/schools/analysis/S021?year={AnalysisRun.Year}");
        await Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_analyst_saves_a_new_methodology_version_through_the_form()
    {
        var page = await browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        await page.GotoAsync("/schools/methodology");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#history tbody tr[data-version]")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "schools-06-methodology");

        var numbers = page.Locator(".methodology-number input");
        if (await numbers.CountAsync() > 0)
        {
            // A digit appended keeps any number a number and changes it.
            var value = await numbers.First.InputValueAsync();
            await numbers.First.FillAsync(value + "1");
            await numbers.First.PressAsync("Tab");
        }
        else
        {
            // Until the methods' settings have numbers, the one setting of every build is the resilience rule.
            await page.Locator("[data-path='Resilience.Rule'] .mud-select").First.ClickAsync();
            await page.GetByText("В ШНСУ и эффект не ниже медианы региона").ClickAsync();
        }
        await page.Locator("#save-button").ClickAsync();
        await Expect(page.Locator("#save-error")).ToContainTextAsync("Укажите комментарий");

        await page.Locator("#save input").First.FillAsync("Проверка формы");
        await page.Locator("#save input").First.PressAsync("Tab");
        await page.Locator("#save-button").ClickAsync();
        await Expect(page.Locator("#history tbody tr[data-version='2']")).ToContainTextAsync("Проверка формы");
        await Expect(page.Locator("#current-version")).ToContainTextAsync("Действующая версия 2");
        await BrowserFixture.ScreenshotAsync(page, "schools-07-methodology-saved");
        await page.Context.CloseAsync();
    }
}
