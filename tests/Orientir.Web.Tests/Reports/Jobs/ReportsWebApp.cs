using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orientir.Domain.Access;
using Orientir.Web.Reports.Jobs;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Reports.Jobs;

/// <summary>One app over <see cref="TestRegion"/> for the report jobs' tests, and how they order and wait for a report.</summary>
[CollectionDefinition(Name)]
public sealed class ReportsWebApp : ICollectionFixture<WebAppFixture>
{
    public const string Name = "reports web app";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Analyst => TestRegion.User(Roles.RegionAnalyst).Email;
    public static string Methodologist => TestRegion.User(Roles.Methodologist).Email;
    public static string Director => TestRegion.User(Roles.SchoolLeader).Email;
    public static string Officer => TestRegion.User(Roles.MunicipalOfficer).Email;

    public static async Task<HttpResponseMessage> OrderAsync(HttpClient client, string level, string? code, int? year, string format) =>
        await client.PostAsJsonAsync("/api/reports", new { level, code, year, format });

    /// <summary>Orders a report, expects it accepted, and follows the job until it has finished.</summary>
    public static async Task<ReportJobView> ProduceAsync(HttpClient client, string level, string? code, int year, string format)
    {
        using var response = await OrderAsync(client, level, code, year, format);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = (await response.Content.ReadFromJsonAsync<ReportJobView>(Json))!;
        Assert.Equal($"/api/reports/jobs/{job.Id}", response.Headers.Location?.OriginalString);
        // Bounded, so that a job that never finishes fails the test instead of hanging it.
        for (var i = 0; i < 600 && job.IsActive; i++)
        {
            await Task.Delay(100);
            job = (await client.GetFromJsonAsync<ReportJobView>($"/api/reports/jobs/{job.Id}", Json))!;
        }
        Assert.False(job.IsActive, "the job has finished");
        return job;
    }

    public static async Task<string> ProblemTitleAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("title").GetString()!;
    }
}
