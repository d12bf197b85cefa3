using Microsoft.Playwright;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Orientir.EndToEnd.Tests;

/// <summary>A person in a browser: signs in through the form and reads every page in Russian.</summary>
[Collection(BrowserCollection.Name)]
public class PagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_analyst_walks_from_the_region_to_a_school_and_a_procedure()
    {
        var page = await browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);

        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Регион");
        await Expect(page.GetByText("Альфинский муниципальный округ")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Импорт" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "01-region");

        await page.GetByRole(AriaRole.Link, new() { Name = "Гамминский муниципальный район" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Гамминский муниципальный район");
        await Expect(page.GetByText("Лицей № 2 города Гамма")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "02-municipality");

        await page.GetByRole(AriaRole.Link, new() { Name = "Лицей № 2 города Гамма" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Лицей № 2 города Гамма");
        await Expect(page.GetByText("Социальный паспорт")).ToBeVisibleAsync();
        await Expect(page.GetByText("35,5 %")).ToBeVisibleAsync();
        await Expect(page.GetByText("нет данных").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "03-school");

        await page.GetByRole(AriaRole.Link, new() { Name = "ВПР Математика, 4 класс, 2025" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("ВПР Математика, 4 класс, 2025");
        await Expect(page.GetByText("Шкала перевода в отметки")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "04-procedure");

        await page.GetByRole(AriaRole.Link, new() { Name = "Процедуры" }).First.ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Оценочные процедуры");
        await Expect(page.GetByText("ВПР Русский язык, 4 класс, 2025")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "05-procedures");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_box_finds_schools_by_name_and_by_code()
    {
        var page = await browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);

        await page.GetByLabel("Поиск школы").FillAsync("лицей");
        await page.GetByLabel("Поиск школы").PressAsync("Enter");
        await Expect(page.Locator("#search-summary")).ToHaveTextAsync("Найдено школ: 1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Лицей № 2 города Гамма" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "06-search");

        await page.GotoAsync("/search?q=S01");
        await Expect(page.Locator("#search-summary")).ToHaveTextAsync("Найдено школ: 2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_analyst_opens_the_import_page()
    {
        var page = await browser.SignInAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Импорт" }).ClickAsync();
        await Expect(page.Locator("#page-title")).ToHaveTextAsync("Импорт данных");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Выбрать файл" })).ToBeVisibleAsync();
        await Expect(page.Locator("#run-import")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "07-import");

        // A package whose municipalities file lacks the name column: the page must report, not break.
        var zip = Path.Combine(Path.GetTempPath(), $"orientir-bad-{Guid.NewGuid():N}.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        using (var writer = new StreamWriter(archive.CreateEntry("municipalities.csv").Open()))
            await writer.WriteAsync("code\nM09\n");
        try
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(zip);
            await Expect(page.Locator("#chosen-file")).ToContainTextAsync(Path.GetFileName(zip));
            await page.Locator("#run-import").ClickAsync();
            await Expect(page.Locator("#import-result .mud-alert")).ToContainTextAsync(
                new System.Text.RegularExpressions.Regex("Пакет отклонён|Импорт не выполнен"), new() { Timeout = 30_000 });
            await BrowserFixture.ScreenshotAsync(page, "07-import-result");
        }
        finally
        {
            File.Delete(zip);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_municipal_officer_who_opens_another_municipality_sees_no_data()
    {
        var page = await browser.SignInAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        await Expect(page.GetByText("Ваша зона доступа")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Импорт" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "08-officer-home");

        await page.GotoAsync("/municipalities/M02");
        await Expect(page.Locator("#not-found")).ToContainTextAsync("Не найдено или нет доступа: муниципалитет «M02»");
        await Expect(page.GetByText("Лицей № 2 города Гамма")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Гамминский муниципальный район")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "09-officer-other-municipality");

        await page.GotoAsync("/municipalities/M01");
        await Expect(page.GetByText("Средняя школа села Берёзовка")).ToBeVisibleAsync();

        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await Expect(page.GetByText("Вход в систему")).ToBeVisibleAsync();
        await page.GotoAsync("/municipalities/M01");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_russian_on_the_login_page()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.Address.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Электронная почта").FillAsync(TestRegion.User(Roles.Teacher).Email);
        await page.GetByLabel("Пароль").FillAsync("Wrong-Pass-1!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(page.Locator("#login-error")).ToContainTextAsync("Неверный адрес электронной почты или пароль");
        await BrowserFixture.ScreenshotAsync(page, "00-login-error");
        await context.CloseAsync();
    }
}
