using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using static Microsoft.Playwright.Assertions;

// Not «…Tests.Reports»: that namespace would hide Orientir.Reports from the other browser tests of this assembly.
namespace Orientir.EndToEnd.Tests.AnalyticReports;

/// <summary>
/// The «Отчёты» page on the demo region, in Chromium: the analyst picks a school, orders its PDF report, watches the
/// job until its download link appears and downloads a PDF that names the school.
/// </summary>
public class ReportsPageTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    private static readonly string Analyst = DemoAccounts.EmailOf(Roles.RegionAnalyst);

    [Fact]
    public async Task An_analyst_orders_a_schools_pdf_report_and_downloads_it_when_ready()
    {
        var (code, name) = await SchoolAsync();
        var page = await browser.SignInAsync(Analyst);
        await page.GotoAsync("/reports");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#report-form")).ToBeVisibleAsync();

        await page.Locator("#report-level-school").ClickAsync();
        // The school's field replaces the region's once the level has changed: wait for it, not for any input there.
        var search = page.Locator("#report-object").GetByPlaceholder("Название или код школы");
        await search.ClickAsync();
        await search.PressSequentiallyAsync(code);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = code }).First.ClickAsync();
        await Expect(search).ToHaveValueAsync($"{name} ({code})");
        await page.Locator("#report-format-pdf").ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "reports-01-form");

        await page.Locator("#report-generate").ClickAsync();
        await Expect(page.Locator("#report-jobs")).ToContainTextAsync(name);
        await BrowserFixture.ScreenshotAsync(page, "reports-02-job-under-way");
        var download = page.Locator("[id^='report-download-']").First;
        await Expect(download).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await BrowserFixture.ScreenshotAsync(page, "reports-03-job-ready");

        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.Equal($"report-school-{code}-{(await LatestYearAsync())}.pdf", file.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"orientir-e2e-{Guid.NewGuid():N}.pdf");
        try
        {
            await file.SaveAsAsync(path);
            Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(path))[..4]);
            Assert.Contains(name, await PdfTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_director_finds_their_school_chosen_and_no_wider_level()
    {
        var (code, name) = await SchoolAsync();
        var page = await browser.SignInAsync(DemoAccounts.EmailOf(Roles.SchoolLeader));
        await page.GotoAsync("/reports");
        await SystemBrowser.WaitUntilInteractiveAsync(page);

        await Expect(page.Locator("#report-object input")).ToHaveValueAsync($"{name} ({code})");
        await Expect(page.Locator("#report-level-municipality")).ToHaveCountAsync(0);
        await Expect(page.Locator("#report-level-region")).ToHaveCountAsync(0);
        await page.Locator("#report-format-xlsx").ClickAsync();
        await page.Locator("#report-generate").ClickAsync();
        await Expect(page.Locator("[id^='report-download-']").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await BrowserFixture.ScreenshotAsync(page, "reports-04-director");
    }

    /// <summary>The first school of the demo region by code: the demo director's school.</summary>
    private async Task<(string Code, string Name)> SchoolAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        var school = await db.Schools.OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).FirstAsync();
        return (school.Code, school.Name);
    }

    private async Task<int> LatestYearAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        return await db.Procedures.MaxAsync(p => p.Year);
    }

    /// <summary>The PDF's text as poppler's pdftotext reads it; words a line break splits are joined again.</summary>
    private static async Task<string> PdfTextAsync(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
