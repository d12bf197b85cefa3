using Microsoft.Playwright;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.EndToEnd.Tests;

/// <summary>
/// A first start in demo mode (<see cref="DemoAppFixture"/>: a small generated region, the demo accounts) and a
/// system Chromium, as in <see cref="BrowserFixture"/>.
/// </summary>
public sealed class DemoBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public DemoAppFixture Demo { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ORIENTIR_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Demo.DisposeAsync();
    }

    /// <summary>A fresh browser context signed in through the login form with a demo account and its password.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Demo.App.Address.ToString().TrimEnd('/'),
            Locale = "ru-RU",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(OrientirSettings.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login"), new() { WaitUntil = WaitUntilState.Commit });
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        return page;
    }
}
