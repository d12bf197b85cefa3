using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Testing;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Access;

public class DemoModeTests
{
    [Fact]
    public async Task Demo_mode_gives_every_role_an_account_bound_to_the_first_municipality_and_its_schools()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestRegion.SeedRegistryAsync(database.ConnectionString);
        await using var app = await OrientirWebApp.BuildAsync(["--db", database.ConnectionString, "--demo"]);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        Assert.Equal(7, app.Services.GetRequiredService<DemoAccounts>().Accounts.Count);
        await AssertSeesAsync(client, "mo@demo.orientir", visible: ["S011", "S012"], hidden: ["S021"]);
        await AssertSeesAsync(client, "director@demo.orientir", visible: ["S011"], hidden: ["S012"]);
        await AssertSeesAsync(client, "teacher@demo.orientir", visible: ["S011"], hidden: ["S012"]);
        // The curator starts with the schools after the director's, so that assigning the director's school is a real step.
        await AssertSeesAsync(client, "curator@demo.orientir", visible: ["S012"], hidden: ["S011", "S021"]);
        await AssertSeesAsync(client, "analyst@demo.orientir", visible: ["S011", "S022"], hidden: []);
        await app.StopAsync();
    }

    private static async Task AssertSeesAsync(HttpClient client, string email, string[] visible, string[] hidden)
    {
        using var token = await client.PostAsJsonAsync("/api/auth/token", new { email, password = OrientirSettings.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        var bearer = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        foreach (var (code, expected) in visible.Select(c => (c, HttpStatusCode.OK)).Concat(hidden.Select(c => (c, HttpStatusCode.NotFound))))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/schools/{code}") { Headers = { Authorization = bearer } };
            using var response = await client.SendAsync(request);
            Assert.True(expected == response.StatusCode, $"{email} {code}: {response.StatusCode}");
        }
    }
}
