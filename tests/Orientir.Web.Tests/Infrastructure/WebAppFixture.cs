using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Testing;
using Xunit;

namespace Orientir.Web.Tests.Infrastructure;

/// <summary>The real application on a loopback port over a fresh SQLite database holding <see cref="TestRegion"/>, demo mode off.</summary>
public sealed partial class WebAppFixture : IAsyncLifetime
{
    public const string DemoEmail = "demo-leftover@demo.orientir";

    private TestDatabase? _database;
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;
    public WebApplication App => _app!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestRegion.SeedRegistryAsync(_database.ConnectionString);
        _app = await OrientirWebApp.BuildAsync(["--db", _database.ConnectionString, "--no-demo"]);
        _app.Urls.Add("http://127.0.0.1:0");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
        await TestRegion.SeedUsersAsync(_app.Services);
        await using var scope = _app.Services.CreateAsyncScope();
        var demo = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .AddAsync(new NewAccount(DemoEmail, "RegionAnalyst", Password: TestRegion.Password, IsDemo: true), "test");
        Assert.True(demo.Succeeded);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_database is not null) await _database.DisposeAsync();
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>POST /api/auth/token; the raw response, for tests of failures.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string email, string password)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/auth/token", new { email, password });
    }

    /// <summary>A client that sends a bearer token of <paramref name="email"/>.</summary>
    public async Task<HttpClient> BearerAsync(string email)
    {
        using var response = await RequestTokenAsync(email, TestRegion.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A client signed in through the login form, as a browser would: antiforgery token, form post, cookie.</summary>
    public async Task<HttpClient> CookieAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
        var form = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(form);
        Assert.True(token.Success, "The login form has no antiforgery token.");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["email"] = email,
            ["password"] = TestRegion.Password,
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
