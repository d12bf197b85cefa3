using Microsoft.Playwright;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.EndToEnd.Tests;

/// <summary>
/// The app of <see cref="WebAppFixture"/> and a system Chromium driven by Playwright. The browser is the one the
/// machine has (<c>ORIENTIR_CHROMIUM</c> or /usr/bin/chromium): Playwright's own download is never used.
/// Set <c>ORIENTIR_SCREENSHOTS</c> to a folder to keep a screenshot of every page the tests open.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public WebAppFixture App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await SystemBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context signed in through the login form as <paramref name="email"/>.</summary>
    public Task<IPage> SignInAsync(string email) => SystemBrowser.SignInAsync(Browser, App.Address, email, TestRegion.Password);

    public static Task WaitUntilInteractiveAsync(IPage page) => SystemBrowser.WaitUntilInteractiveAsync(page);

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ORIENTIR_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
