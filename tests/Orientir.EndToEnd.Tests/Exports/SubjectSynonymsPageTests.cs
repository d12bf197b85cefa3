using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests.Exports;

/// <summary>The table «Предметы в выгрузках» in Chromium: the shipped names, and a name an analyst adds.</summary>
public class SubjectSynonymsPageTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task The_synonym_page_lists_the_shipped_names_and_an_analyst_adds_one()
    {
        var page = await browser.SignInAsync(DemoAccounts.EmailOf(Roles.RegionAnalyst));
        await page.GotoAsync("/import/subjects");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        var rows = page.Locator("#synonyms-table tbody tr");
        var profile = rows.Filter(new() { HasTextRegex = new Regex("^\\s*математика профильная\\s", RegexOptions.IgnoreCase) });
        await Expect(profile).ToHaveCountAsync(1);
        await Expect(profile.Locator("code")).ToHaveTextAsync("MA");

        var added = rows.Filter(new() { HasTextRegex = new Regex("математика профиль\\s", RegexOptions.IgnoreCase) });
        await Expect(added).ToHaveCountAsync(0);
        await page.Locator("#synonym-name").FillAsync("Математика  профиль");
        await page.Locator("#synonym-subject").FillAsync("MA");
        await page.Locator("#synonym-save").ClickAsync();
        await Expect(added).ToHaveCountAsync(1);
        await Expect(added).ToContainTextAsync("analyst");
        await Expect(added.Locator("code")).ToHaveTextAsync("MA");
        await Expect(page.Locator("#synonym-error")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "exports-07-subject-synonyms");
        await page.Context.CloseAsync();
    }
}
