using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests;

/// <summary>
/// The issue's user path on the real demo region: the app started on an empty database in demo mode, a director who
/// sees only their school, an analyst who is shown the bad row of a refused package and then imports a new year.
/// </summary>
public class FirstStartTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task A_demo_director_sees_their_own_school_and_not_another_one()
    {
        var schools = await SchoolsByCodeAsync();
        var (own, other) = (schools[0], schools[1]);
        var page = await browser.SignInAsync(DemoAccounts.EmailOf(Roles.SchoolLeader));

        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Ваша зона доступа");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = own.Name })).ToBeVisibleAsync();
        await Expect(page.GetByText(other.Name, new() { Exact = true })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "20-demo-director-home");

        await page.GetByRole(AriaRole.Link, new() { Name = own.Name }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync(own.Name);
        await Expect(page.GetByText("Социальный паспорт")).ToBeVisibleAsync();

        await page.GotoAsync($"/schools/{Uri.EscapeDataString(other.Code)}");
        await Expect(page.Locator("#not-found")).ToContainTextAsync($"Не найдено или нет доступа: школа «{other.Code}»");
        await Expect(page.GetByText(other.Name, new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Социальный паспорт")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "21-demo-director-other-school");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_demo_analyst_is_shown_the_bad_row_of_a_refused_package_and_then_imports_a_new_year()
    {
        // A package of a year the demo region lacks, for the same region (seed and size as the app's).
        using var package = GeneratedPackage.Create(DemoAppFixture.Schools, years: [2026]);
        var goodZip = package.Zip("good-2026");
        var (file, line) = package.BreakOneTaskScore();
        var badZip = package.Zip("bad-2026");

        var page = await browser.SignInAsync(DemoAccounts.EmailOf(Roles.RegionAnalyst));
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Регион");
        var worksBefore = await WorksOnTheRegionPageAsync(page);
        Assert.Equal((await browser.Demo.CountAsync()).Works, worksBefore);

        await page.GetByRole(AriaRole.Link, new() { Name = "Импорт" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Импорт данных");
        await BrowserFixture.WaitUntilInteractiveAsync(page);

        await ChooseFileAsync(page, badZip);
        await Expect(page.Locator("#chosen-file")).ToContainTextAsync(Path.GetFileName(badZip));
        await page.Locator("#run-import").ClickAsync();
        await Expect(page.Locator("#import-result .mud-alert")).ToContainTextAsync("Пакет отклонён", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-result .mud-alert")).ToContainTextAsync("Ничего не сохранено");
        await Expect(page.Locator("#import-errors")).ToContainTextAsync($"{file}:{line}:");
        await BrowserFixture.ScreenshotAsync(page, "22-demo-import-refused");
        Assert.Equal(worksBefore, (await browser.Demo.CountAsync()).Works);

        await ChooseFileAsync(page, goodZip);
        await Expect(page.Locator("#chosen-file")).ToContainTextAsync(Path.GetFileName(goodZip));
        await page.Locator("#run-import").ClickAsync();
        await Expect(page.Locator("#import-result .mud-alert")).ToContainTextAsync("Пакет загружен.", new() { Timeout = 60_000 });
        // The background recalculation of the indicators reports on the same page when it has finished.
        await Expect(page.Locator("#indicator-status")).ToContainTextAsync("Показатели актуальны", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-errors")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "23-demo-import-done");

        await page.GetByRole(AriaRole.Complementary).GetByRole(AriaRole.Link, new() { Name = "Регион" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Регион");
        Assert.Equal(worksBefore + package.Summary.Works, await WorksOnTheRegionPageAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "24-demo-region-after-import");
        await page.Context.CloseAsync();
    }

    /// <summary>As a person does: the button opens the file chooser, the file is picked in it.</summary>
    private static async Task ChooseFileAsync(IPage page, string path)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Выбрать файл" }).ClickAsync());
        await chooser.SetFilesAsync(path);
    }

    /// <summary>The «Работы участников» card of the region page, read as a number («16 682» → 16682).</summary>
    private static async Task<long> WorksOnTheRegionPageAsync(IPage page)
    {
        var value = page.Locator(".count-card").Filter(new() { HasText = "Работы участников" }).Locator(".mud-typography-h4");
        await Expect(value).ToHaveTextAsync(new Regex(@"^\d[\d\s]*$"));
        return long.Parse(Regex.Replace(await value.InnerTextAsync(), @"\D", ""));
    }

    private async Task<List<(string Code, string Name)>> SchoolsByCodeAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        var schools = await db.Schools.OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).Take(2).ToListAsync();
        Assert.Equal(2, schools.Count);
        return [.. schools.Select(s => (s.Code, s.Name))];
    }
}
