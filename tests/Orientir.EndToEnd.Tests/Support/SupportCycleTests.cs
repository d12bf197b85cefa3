using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests.Support;

/// <summary>
/// The whole «500+» cycle on the demo region, through the pages, as the people who do it: the analyst forms and approves
/// the 2025 list and assigns the curator; the director fills the risk questionnaire, picks a priority risk and writes
/// its anti-risk programme; the curator returns it with a comment, the director fixes it, the curator approves; a
/// measure is done, another becomes overdue when the analyst runs the deadline check; then the 2026 results are
/// imported and the system indicator and the effect update. One test, because each step needs the one before.
/// </summary>
public class SupportCycleTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    private const int Year = 2025;
    private static readonly string Analyst = DemoAccounts.EmailOf(Orientir.Domain.Access.Roles.RegionAnalyst);
    private static readonly string Director = DemoAccounts.EmailOf(Orientir.Domain.Access.Roles.SchoolLeader);
    private static readonly string Curator = DemoAccounts.EmailOf(Orientir.Domain.Access.Roles.Curator);

    [Fact]
    public async Task The_support_cycle_runs_from_the_list_to_the_measured_effect()
    {
        var school = await DirectorSchoolAsync();

        // 1. The analyst forms the 2025 list from the published lists, adds the director's school by hand, assigns the curator, approves.
        var analyst = await browser.SignInAsync(Analyst);
        await OpenAsync(analyst, "/support/lists");
        await analyst.Locator("#create-list-year").SelectOptionAsync(Year.ToString());
        await analyst.Locator("#create-list").ClickAsync();
        await analyst.WaitForURLAsync(new Regex(@"/support/lists/\d+$"));
        await SystemBrowser.WaitUntilInteractiveAsync(analyst);
        var listUrl = analyst.Url;
        await Expect(analyst.Locator("#list-schools tr[data-school]").First).ToBeVisibleAsync();
        if (await analyst.Locator($"#list-schools tr[data-school='{school}']").CountAsync() == 0)
        {
            await analyst.Locator("#add-school-code").FillAsync(school);
            await analyst.Locator("#add-school-reason").FillAsync("Обращение муниципалитета: снижение результатов ВПР");
            await analyst.Locator("#add-school").ClickAsync();
        }
        var row = analyst.Locator($"#list-schools tr[data-school='{school}']");
        await Expect(row).ToBeVisibleAsync();
        await analyst.Locator($"#curator-select-{school}").SelectOptionAsync(Curator);
        await Expect(row).ToContainTextAsync(new Regex("curator@|Куратор", RegexOptions.IgnoreCase));
        await BrowserFixture.ScreenshotAsync(analyst, "support-01-list-draft");
        await analyst.Locator("#approve-list").ClickAsync();
        await analyst.Locator("#approve-confirm").ClickAsync();
        await Expect(analyst.Locator("#new-revision")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(analyst, "support-02-list-approved");

        // 2. The director answers the questionnaire, picks a priority risk and confirms the profile.
        var director = await browser.SignInAsync(Director);
        await OpenAsync(director, $"/support/schools/{school}?year={Year}&tab=risk");
        await Expect(director.Locator("#risk-questionnaire")).ToBeVisibleAsync();
        for (var question = 1; question <= 22; question++)
            await director.Locator($"#answer-{question}-{(question is 19 or 20 ? 4 : 2)}").CheckAsync();
        await director.Locator("#save-answers").ClickAsync();
        await Expect(director.Locator("#factor-motivation")).ToContainTextAsync("высокий");
        await director.Locator("#priority-motivation").CheckAsync();
        await director.Locator("#save-priorities").ClickAsync();
        await Expect(director.Locator("#risk-message")).ToBeVisibleAsync();
        await director.Locator("#submit-profile").ClickAsync();
        await Expect(director.Locator("#risk-status")).ToContainTextAsync(new Regex(@"подтверждён \d"));
        await BrowserFixture.ScreenshotAsync(director, "support-03-risk-profile");

        // 3. The director writes the anti-risk programme of that risk: goal, tasks, two measures, a system indicator, a student at risk.
        await OpenAsync(director, $"/support/schools/{school}?year={Year}&tab=documents");
        await director.Locator("#create-antirisk-motivation").ClickAsync();
        await director.WaitForURLAsync(new Regex(@"/support/documents/\d+$"));
        await SystemBrowser.WaitUntilInteractiveAsync(director);
        var documentUrl = director.Url;
        await director.Locator("#doc-goal").FillAsync("Повысить учебную мотивацию обучающихся 5–9 классов");
        await director.Locator("#doc-tasks").FillAsync("Вовлечь обучающихся в проектную деятельность\nОрганизовать наставничество для обучающихся группы риска");
        await director.Locator("#add-measure").ClickAsync();
        await director.Locator("#measure-title-0").FillAsync("Школьная научно-практическая конференция");
        await director.Locator("#measure-deadline-0").FillAsync(DateTime.Today.AddMonths(6).ToString("yyyy-MM-dd"));
        await director.Locator("#measure-responsible-0").FillAsync("Заместитель директора по УВР");
        await director.Locator("#add-measure").ClickAsync();
        await director.Locator("#measure-title-1").FillAsync("Диагностика учебной мотивации");
        await director.Locator("#measure-deadline-1").FillAsync(DateTime.Today.AddDays(-10).ToString("yyyy-MM-dd"));
        await director.Locator("#measure-responsible-1").FillAsync("Педагог-психолог");
        await director.Locator("#add-indicator").ClickAsync();
        var systemCode = await director.Locator("#indicator-system-0").EvaluateAsync<string>(
            "s => Array.from(s.options).map(o => o.value).find(v => v.startsWith('mean_percent:Vpr:MA:')) ?? ''");
        Assert.NotEqual("", systemCode);
        await director.Locator("#indicator-system-0").SelectOptionAsync(systemCode);
        await director.Locator("#indicator-target-0").FillAsync("70");
        var suggestion = director.Locator("[id^=suggest-student-]").First;
        if (await suggestion.CountAsync() > 0)
        {
            await suggestion.ClickAsync();
            await director.Locator("#student-route-0").FillAsync("Индивидуальные консультации по математике, наставник — учитель математики");
        }
        await director.Locator("#save-document").ClickAsync();
        await Expect(director.Locator("#document-error")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(director, "support-04-programme-editor");
        await director.Locator("#submit-document").ClickAsync();
        await Expect(director.Locator("#document-status[data-status=Submitted]")).ToBeVisibleAsync();

        // 4. The curator finds it in the workspace and returns it with a comment.
        var curator = await browser.SignInAsync(Curator);
        await OpenAsync(curator, "/support/curator");
        await Expect(curator.Locator($"#review-{school}")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(curator, "support-05-curator-workspace");
        await OpenAsync(curator, documentUrl);
        await curator.Locator("#review-comment").FillAsync("Целевое значение показателя занижено: поставьте не менее 75 %.");
        await curator.Locator("#return-document").ClickAsync();
        await Expect(curator.Locator("#document-status[data-status=Returned]")).ToBeVisibleAsync();

        // 5. The director sees what to fix, fixes it and submits again; the curator approves.
        await OpenAsync(director, documentUrl);
        await Expect(director.Locator("#fix-comment")).ToContainTextAsync("не менее 75");
        await director.Locator("#indicator-target-0").FillAsync("75");
        await director.Locator("#save-document").ClickAsync();
        await director.Locator("#submit-document").ClickAsync();
        await Expect(director.Locator("#document-status[data-status=Submitted]")).ToBeVisibleAsync();
        await OpenAsync(curator, documentUrl);
        await curator.Locator("#approve-document").ClickAsync();
        await Expect(curator.Locator("#document-status[data-status=Approved]")).ToBeVisibleAsync();
        await Expect(curator.Locator("#versions")).ToContainTextAsync("не менее 75");

        // 6. The director marks the first measure done; the analyst runs the deadline check and the second one is overdue.
        await OpenAsync(director, documentUrl);
        // Rows are in deadline order; the conference is the later one.
        await director.Locator("tr[data-measure]", new() { HasText = "Школьная научно-практическая конференция" })
            .Locator("[id^=measure-done-]").CheckAsync();
        await Expect(director.Locator("tr[data-status=Done]")).ToHaveCountAsync(1);
        await OpenAsync(analyst, "/support");
        await analyst.Locator("#monitoring-run").ClickAsync();
        await Expect(analyst.Locator("#monitoring-run-result")).ToBeVisibleAsync();
        await OpenAsync(director, $"/support/schools/{school}?year={Year}&tab=monitoring");
        await Expect(director.Locator("#monitoring-measures [data-status=overdue]")).ToHaveCountAsync(1);
        await Expect(director.Locator("#monitoring-measures [data-status=done]")).ToHaveCountAsync(1);
        await Expect(director.Locator("#notifications-count")).ToHaveAttributeAsync("data-count", new Regex("^[1-9]"));
        await BrowserFixture.ScreenshotAsync(director, "support-06-monitoring");
        await OpenAsync(director, "/notifications");
        await BrowserFixture.ScreenshotAsync(director, "support-07-notifications");
        await Expect(director.Locator("#notifications-list")).ToContainTextAsync("Просрочено мероприятие «Диагностика учебной мотивации»");

        // Before the new year: the indicator has no measured value and the effect awaits the next year's results.
        await OpenAsync(analyst, $"/support/schools/{school}?year={Year}&tab=effect");
        await Expect(analyst.Locator("#effect-awaits")).ToBeVisibleAsync();

        // 7. The analyst imports the 2026 results; the system indicator is measured and the effect gets its 2026 estimate.
        var package = NextYearPackage();
        try
        {
            await OpenAsync(analyst, "/import");
            await analyst.Locator("input[type=file]").SetInputFilesAsync(package);
            await analyst.Locator("#run-import").ClickAsync();
            await Expect(analyst.Locator("#import-result .mud-alert")).ToContainTextAsync("Пакет загружен", new() { Timeout = 120_000 });
        }
        finally
        {
            File.Delete(package);
        }
        await OpenAsync(director, $"/support/schools/{school}?year={Year}&tab=monitoring");
        await Expect(director.Locator("#monitoring-indicators")).ToContainTextAsync("2026");
        await OpenAsync(analyst, $"/support/schools/{school}?year={Year}&tab=effect");
        await Expect(analyst.Locator($"#school-effect-2026")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(analyst, "support-08-effect");
        await OpenAsync(analyst, $"/support/effect?year={Year}");
        await Expect(analyst.Locator("#programme-effect")).ToBeVisibleAsync();
        await Expect(analyst.Locator($"#effect-row-{school}")).ToBeVisibleAsync();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await SystemBrowser.WaitUntilInteractiveAsync(page);
    }

    private async Task<string> DirectorSchoolAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        return await db.Schools.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync();
    }

    /// <summary>The demo region's package with one more year: its earlier years are the same files, so only 2026 is new.</summary>
    private static string NextYearPackage()
    {
        var folder = Directory.CreateTempSubdirectory("orientir-2026-").FullName;
        var zip = folder + ".zip";
        try
        {
            DemoPackageGenerator.Generate(folder, new DemoOptions(Seed: 1, Schools: DemoAppFixture.Schools, Years: [2023, 2024, 2025, 2026]));
            File.Delete(Path.Combine(folder, "truth.csv"));
            ZipFile.CreateFromDirectory(folder, zip);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return zip;
    }
}
