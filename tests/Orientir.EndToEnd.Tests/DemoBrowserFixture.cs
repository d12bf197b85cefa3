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
        _playwright = await Playwright.CreateAsync();
        Browser = await SystemBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Demo.DisposeAsync();
    }

    /// <summary>A fresh browser context signed in through the login form with a demo account and its password.</summary>
    public Task<IPage> SignInAsync(string email) => SystemBrowser.SignInAsync(Browser, Demo.App.Address, email, OrientirSettings.DemoPassword);
}
