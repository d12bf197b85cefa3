using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Orientir.Data.Import;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Import;

/// <summary>
/// <c>POST /api/imports</c> on the real importer, as the demo region's analyst: a package of a new year, first with
/// one bad task score, then as generated, then once more.
/// </summary>
public class ImportUploadTests(DemoAppFixture demo) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task A_bad_row_refuses_the_whole_package_the_good_package_adds_a_year_and_the_same_again_changes_nothing()
    {
        using var package = GeneratedPackage.Create(DemoAppFixture.Schools, years: [2026]);
        var goodZip = package.Zip("good");
        var (file, line) = package.BreakOneTaskScore();
        var badZip = package.Zip("bad");
        using var client = await demo.App.DemoBearerAsync(DemoAccounts.EmailOf(Roles.RegionAnalyst));
        var before = await demo.CountAsync();
        Assert.True(before.Works > 0, "The demo region was not imported.");

        var (status, rejected) = await UploadAsync(client, badZip);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = rejected.GetProperty("errors").EnumerateArray().Select(ErrorOf).ToList();
        Assert.Contains(errors, e => e.ToString().StartsWith($"{file}:{line}:", StringComparison.Ordinal));
        Assert.Equal(before, await demo.CountAsync());

        (status, var imported) = await UploadAsync(client, goodZip);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(imported.GetProperty("succeeded").GetBoolean());
        Assert.False(imported.GetProperty("changedNothing").GetBoolean());
        Assert.Equal(package.Summary.Works, imported.GetProperty("worksImported").GetInt64());
        var after = await demo.CountAsync();
        // Same seed and size: the registry files are the demo region's own and add nothing; the year adds the rest,
        // in batches of its own (one per stored file).
        Assert.True(after.Batches > before.Batches);
        Assert.Equal(before with
        {
            Procedures = before.Procedures + package.Summary.Procedures,
            Tasks = before.Tasks + package.Summary.Tasks,
            Works = before.Works + package.Summary.Works,
            Batches = after.Batches,
        }, after);

        (status, var again) = await UploadAsync(client, goodZip);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(again.GetProperty("changedNothing").GetBoolean());
        Assert.Equal(after, await demo.CountAsync());
    }

    private static async Task<(HttpStatusCode, JsonElement)> UploadAsync(HttpClient client, string zip)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(zip));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var form = new MultipartFormDataContent { { content, "file", "package-2026.zip" } };
        using var response = await client.PostAsync("/api/imports", form);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    private static ImportError ErrorOf(JsonElement e) => new(
        e.GetProperty("file").GetString()!, e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString()!,
        e.GetProperty("code").GetString()!, e.GetProperty("message").GetString()!);
}
