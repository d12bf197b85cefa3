using System.Net.Http.Headers;
using System.Net.Http.Json;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using Orientir.Web.Results;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Import;

/// <summary>After an import the indicators are recalculated in the background, and the status says so.</summary>
public class IndicatorRefreshTests
{
    [Fact]
    public async Task An_import_recomputes_exactly_the_new_procedures_in_the_background()
    {
        await using var database = await Orientir.Testing.TestDatabase.CreateAsync(Orientir.Data.Database.DatabaseProvider.Sqlite);
        await using var app = await RunningApp.StartAsync("--db", database.ConnectionString, "--demo", "--demo-schools", "12");
        using var client = await app.DemoBearerAsync(DemoAccounts.EmailOf(Roles.RegionAnalyst));

        // The start materialises the demo region's indicators: every procedure once.
        var atStart = await WaitUntilSettledAsync(client);
        Assert.Equal(IndicatorRefreshState.Done, atStart.State);
        Assert.True(atStart.Recomputed > 0);

        using var package = GeneratedPackage.Create(12, years: [2026]);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(package.Zip()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var form = new MultipartFormDataContent { { content, "file", "year-2026.zip" } };
        using var upload = await client.PostAsync("/api/imports", form);
        upload.EnsureSuccessStatusCode();

        var afterImport = await WaitUntilSettledAsync(client);
        Assert.Equal(IndicatorRefreshState.Done, afterImport.State);
        Assert.Equal(package.Summary.Procedures, afterImport.Recomputed);
    }

    private static async Task<IndicatorRefreshStatus> WaitUntilSettledAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = await client.GetFromJsonAsync<IndicatorRefreshStatus>("/api/indicators/status", Json);
            if (status!.State is IndicatorRefreshState.Done or IndicatorRefreshState.Failed) return status;
            await Task.Delay(200);
        }
        throw new TimeoutException("The indicator recalculation did not settle within a minute.");
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
