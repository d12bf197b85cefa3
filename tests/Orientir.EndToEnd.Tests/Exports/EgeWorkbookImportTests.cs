using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests.Exports;

/// <summary>
/// Issue 8's «done when», in Chromium on the demo region: the two real regional ЕГЭ-by-school workbooks are uploaded
/// on the import page by the region analyst, their warnings are shown with sheet and row, and their schools appear
/// on the dashboards; a damaged copy is refused naming sheet, row and column and changes nothing.
/// </summary>
public class EgeWorkbookImportTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    private const string RussianProcedure2023 = "EGE-2023-RU-11";
    private const string RussianProcedure2022 = "EGE-2022-RU-11";
    private static readonly string Analyst = DemoAccounts.EmailOf(Roles.RegionAnalyst);

    [ExportFact(ExportFiles.Zabaykalsky)]
    public async Task The_zabaykalsky_workbook_imports_with_its_warnings_and_its_schools_appear_on_the_dashboards()
    {
        var workbook = ExportFiles.Require(ExportFiles.Zabaykalsky);
        var page = await browser.SignInAsync(Analyst);

        await UploadAsync(page, workbook);
        await Expect(Result(page)).ToContainTextAsync("Выгрузка загружена.");
        var counts = page.Locator("#import-warnings-counts");
        await Expect(counts).ToContainTextAsync("IMPW31: 1");
        await Expect(counts).ToContainTextAsync("IMPW32: 117");
        await Expect(counts).ToContainTextAsync("IMPW33: 2");
        // The 2023 chemistry: more «получили 100 баллов» than participants, at the sheet's rows.
        var dropped = Group(page, "IMPW32");
        await Expect(dropped).ToContainTextAsync(new Regex(@"\[лист «2023»\]:\d+: [A-Z]+ \(Химия: получили 100 баллов\): .+\[IMPW32\]"));
        await Expect(Group(page, "IMPW33")).ToContainTextAsync(new Regex(@"\[лист «\d{4}»\]:\d+"));
        await Expect(Group(page, "IMPW31")).ToContainTextAsync("2024");
        // A short group is open, a long one folded: the 117 do not bury the others.
        await Expect(Group(page, "IMPW31").Locator("pre")).ToBeVisibleAsync();
        await Expect(dropped.Locator("pre")).Not.ToBeVisibleAsync();
        await Expect(Result(page)).Not.ToContainTextAsync("Exception");
        await BrowserFixture.ScreenshotAsync(page, "exports-01-zabaykalsky-imported");

        var school = await SchoolAsync("Город Чита", "Средняя общеобразовательная школа №1");
        await page.GotoAsync($"/schools/{Uri.EscapeDataString(school.Code)}");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#page-title")).ToContainTextAsync("Средняя общеобразовательная школа №1");
        await page.Locator("#procedure-select .mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^ЕГЭ Русский язык") }).ClickAsync();
        await Expect(page.Locator("#procedure-title")).ToContainTextAsync("2023");
        // The sheet «2023», «Город Чита», СОШ №1, Русский язык: 51 participants, mean 71.61.
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("Средний тестовый балл");
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("71,6");
        await Expect(page.Locator("#key-figures")).ToContainTextAsync("51");
        await Expect(page.Locator("#aggregates-only")).ToContainTextAsync("только сводные результаты по школам");
        // Forms of ЕГЭ give no marks: no table of dashes for the share of «2».
        await Expect(page.Locator("#dynamics-none")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "exports-02-school-dashboard");

        await OpenProcedureAsync(page, RussianProcedure2023);
        await Expect(page.Locator("#comparison-aggregates-only")).ToContainTextAsync("только сводные результаты по школам");
        await Expect(page.Locator("#tasks")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Задания не загружены.")).ToHaveCountAsync(0);
        // No marks in the form, so no columns of «нет данных» for them.
        await Expect(page.Locator("#comparison-table thead")).Not.ToContainTextAsync("Успеваемость");
        await BrowserFixture.ScreenshotAsync(page, "exports-03-procedure-comparison");
        var rows = page.Locator("#comparison-table tbody tr");
        await page.Locator("#comparison-filter").FillAsync("Город Чита");
        await Expect(rows.Filter(new() { HasText = "муниципалитет" }).First).ToContainTextAsync("Город Чита");
        await page.Locator("#comparison-filter").FillAsync(school.Code);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Средняя общеобразовательная школа №1");
        await Expect(rows.First).ToContainTextAsync("51");
        await Expect(rows.First).ToContainTextAsync("71,6 %");

        // The same workbook again: nothing changes.
        var aggregates = await AggregateCountAsync();
        await page.GotoAsync("/import");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        await UploadAsync(page, workbook);
        await Expect(Result(page)).ToContainTextAsync("Выгрузка уже была загружена: ничего не изменилось.");
        await Expect(Result(page)).ToContainTextAsync("без изменений");
        Assert.Equal(aggregates, await AggregateCountAsync());
        await BrowserFixture.ScreenshotAsync(page, "exports-04-zabaykalsky-again");
        await page.Context.CloseAsync();
    }

    [ExportFact(ExportFiles.Jao)]
    public async Task A_damaged_jao_workbook_is_refused_naming_sheet_row_and_column_and_the_real_one_then_imports()
    {
        var workbook = ExportFiles.Require(ExportFiles.Jao);
        var damaged = ExportFiles.WithSharedString(workbook, "получили 100 баллов", "получили сто баллов");
        var page = await browser.SignInAsync(Analyst);
        var aggregates = await AggregateCountAsync();
        try
        {
            await UploadAsync(page, damaged);
            await Expect(Result(page)).ToContainTextAsync("Выгрузка отклонена");
            await Expect(Result(page)).ToContainTextAsync("Ничего не сохранено.");
            await Expect(page.Locator("#import-errors")).ToContainTextAsync(
                new Regex(@"\[лист «\d{4}»\]:\d+: [A-Z]+ \(получили сто баллов\): .+\[IMP710\]"));
            await Expect(Result(page)).Not.ToContainTextAsync("Exception");
            await BrowserFixture.ScreenshotAsync(page, "exports-05-damaged-refused");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(damaged)!, recursive: true);
        }
        Assert.Equal(aggregates, await AggregateCountAsync());
        // The procedure is absent, or (after the Забайкальский край's workbook) lists none of the ЕАО's schools.
        await page.GotoAsync($"/procedures/{RussianProcedure2022}");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#comparison-table, #not-found").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByText("Биробиджан")).ToHaveCountAsync(0);

        await page.GotoAsync("/import");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        await UploadAsync(page, workbook);
        await Expect(Result(page)).ToContainTextAsync("Выгрузка загружена.");
        await Expect(page.Locator("#import-warnings-counts")).ToContainTextAsync("IMPW31: 1");

        // The ЕАО's 2022 sheet: «город Биробиджан» and its «Гимназия № 1».
        await OpenProcedureAsync(page, RussianProcedure2022);
        var rows = page.Locator("#comparison-table tbody tr");
        await page.Locator("#comparison-filter").FillAsync("Биробиджан");
        await Expect(rows.Filter(new() { HasText = "муниципалитет" }).First).ToContainTextAsync("Биробиджан");
        await page.Locator("#comparison-filter").FillAsync("Гимназия № 1");
        await Expect(rows.Filter(new() { HasText = "школа" }).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "exports-06-jao-in-comparison");
        await page.Context.CloseAsync();
    }

    private static ILocator Result(IPage page) => page.Locator("#import-result");

    private static ILocator Group(IPage page, string code) => page.Locator($"#import-warnings details[data-code={code}]");

    private static async Task UploadAsync(IPage page, string path)
    {
        if (!page.Url.EndsWith("/import", StringComparison.Ordinal))
        {
            await page.GotoAsync("/import");
            await SystemBrowser.WaitUntilInteractiveAsync(page);
        }
        await page.Locator("input[type=file]").SetInputFilesAsync(path);
        // The circuit may still be busy with the indicators the previous import set recomputing.
        await Expect(page.Locator("#chosen-file")).ToContainTextAsync(Path.GetFileName(path), new() { Timeout = 60_000 });
        await page.Locator("#run-import").ClickAsync();
        // A real workbook is checked and stored whole: minutes on a busy machine, not seconds.
        await Expect(Result(page).Locator(".mud-alert").First).ToBeVisibleAsync(new() { Timeout = 300_000 });
    }

    private static async Task OpenProcedureAsync(IPage page, string code)
    {
        await page.GotoAsync($"/procedures/{code}");
        await SystemBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#comparison-table")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>The school of the workbook named <paramref name="name"/> (not №10, №11…) in the municipality.</summary>
    private async Task<(string Code, string Name)> SchoolAsync(string municipality, string name)
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        var schools = await db.Schools.Select(s => new { s.Code, s.Name, Municipality = s.Municipality!.Name }).ToListAsync();
        var school = schools.Single(s => s.Municipality.Contains(municipality, StringComparison.OrdinalIgnoreCase)
            && Regex.IsMatch(s.Name, Regex.Escape(name) + @"(?!\d)"));
        return (school.Code, school.Name);
    }

    private async Task<int> AggregateCountAsync()
    {
        await using var db = OrientirDatabase.CreateContext(browser.Demo.ConnectionString);
        return await db.SchoolResultAggregates.CountAsync();
    }
}
