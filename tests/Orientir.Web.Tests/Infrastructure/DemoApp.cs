using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Testing;
using Orientir.Web.Hosting;

namespace Orientir.Web.Tests.Infrastructure;

/// <summary>The real application, started as <c>orientir-web</c> would be with the given arguments, on a loopback port.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }
    public Uri Address { get; }

    public static async Task<RunningApp> StartAsync(params string[] args)
    {
        var app = await OrientirWebApp.BuildAsync(args);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, new Uri(address));
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>A client that sends a bearer token of a demo account.</summary>
    public async Task<HttpClient> DemoBearerAsync(string email)
    {
        var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = OrientirSettings.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// A first start in demo mode: a fresh, empty SQLite database and the app started with <c>--demo --demo-schools
/// <see cref="Schools"/></c>, so that it generates and imports the demo region and creates the demo accounts.
/// </summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    public const int Schools = 20;

    private TestDatabase? _database;
    private RunningApp? _app;

    public RunningApp App => _app!;
    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = await RunningApp.StartAsync("--db", _database.ConnectionString, "--demo", "--demo-schools", Schools.ToString());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    public Task<RegionCounts> CountAsync() => RegionCounts.ReadAsync(ConnectionString);
}

/// <summary>Rows of the data tables, read straight from the database.</summary>
public sealed record RegionCounts(int Municipalities, int Schools, int Procedures, int Tasks, long Works, int Batches)
{
    public static async Task<RegionCounts> ReadAsync(string connectionString)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        return new RegionCounts(
            await db.Municipalities.CountAsync(),
            await db.Schools.CountAsync(),
            await db.Procedures.CountAsync(),
            await db.Tasks.CountAsync(),
            await db.Works.LongCountAsync(),
            await db.ImportBatches.CountAsync());
    }
}
