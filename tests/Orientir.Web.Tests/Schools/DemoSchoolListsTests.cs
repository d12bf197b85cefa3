using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Schools;

/// <summary>The school lists of a real first start in demo mode: computed by the analytics, not written by a fixture.</summary>
public class DemoSchoolListsTests(DemoAppFixture demo) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task The_demo_opens_with_two_years_of_lists_and_an_analyst_publishes_a_new_run_that_a_municipal_officer_may_not()
    {
        using var analyst = await demo.App.DemoBearerAsync(DemoAccounts.EmailOf(Roles.RegionAnalyst));
        using var officer = await demo.App.DemoBearerAsync(DemoAccounts.EmailOf(Roles.MunicipalOfficer));

        using var runs = JsonDocument.Parse(await analyst.GetStringAsync("/api/schools/analysis/runs"));
        Assert.Equal([2025, 2024], runs.RootElement.EnumerateArray().Select(r => r.GetProperty("year").GetInt32()));
        var before = runs.RootElement[0].GetProperty("id").GetInt32();

        using var all = JsonDocument.Parse(await analyst.GetStringAsync("/api/schools/analysis?year=2025&list=all"));
        var rows = all.RootElement.GetProperty("schools").EnumerateArray().ToList();
        Assert.Equal(DemoAppFixture.Schools, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("contextIndex").ValueKind == JsonValueKind.Number);
        Assert.Contains(rows, r => r.GetProperty("levelEffect").ValueKind == JsonValueKind.Number);

        using var refused = await officer.PostAsync("/api/schools/analysis/runs?year=2025", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var empty = await analyst.PostAsync("/api/schools/analysis/runs?year=1999", null);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Нет результатов процедур за 1999 год", await empty.Content.ReadAsStringAsync());

        using var published = await analyst.PostAsync("/api/schools/analysis/runs?year=2025", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var run = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(run.GetProperty("id").GetInt32() > before);
        using var after = JsonDocument.Parse(await analyst.GetStringAsync("/api/schools/analysis/runs"));
        Assert.Equal(run.GetProperty("id").GetInt32(), after.RootElement[0].GetProperty("id").GetInt32());

        using var own = JsonDocument.Parse(await officer.GetStringAsync("/api/schools/analysis?year=2025&list=all"));
        Assert.All(own.RootElement.GetProperty("schools").EnumerateArray(), r => Assert.Equal("26001", r.GetProperty("municipalityCode").GetString()));
    }
}
