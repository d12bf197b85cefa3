using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Orientir.EndToEnd.Tests;

/// <summary>
/// The machine's own Chromium (<c>ORIENTIR_CHROMIUM</c> or /usr/bin/chromium) driven by Playwright — its own browser
/// download is never used — and the sign-in a person does through the login form.
/// </summary>
internal static class SystemBrowser
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        return playwright.Chromium.LaunchAsync(Reports.Printing.ChromiumLocator.LaunchOptions(
            Environment.GetEnvironmentVariable(Reports.Printing.ChromiumLocator.EnvironmentVariable) ?? "/usr/bin/chromium"));
    }

    /// <summary>A fresh browser context (own cookies) signed in through the login form.</summary>
    public static async Task<IPage> SignInAsync(IBrowser browser, Uri address, string email, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString().TrimEnd('/'),
            Locale = "ru-RU",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        // Generous: the machine may be busy, and a timeout here says nothing about the app.
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login"), new() { WaitUntil = WaitUntilState.Commit });
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits for the circuit: Blazor replaces the prerendered DOM, and what was typed before is lost.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("#interactive-marker[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
