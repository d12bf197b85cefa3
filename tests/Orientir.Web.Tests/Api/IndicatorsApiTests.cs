using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Api;

/// <summary>
/// The indicators API over <see cref="TestRegion"/>: ten works of Russian (S011 3, S012 2, S021 4, S022 1), each
/// scored 2, 1, 1 on tasks of maxima 2, 1, 3 (4 of 6 points), mark 4, journal mark 4.
/// </summary>
[Collection(WebAppCollection.Name)]
public class IndicatorsApiTests(WebAppFixture app)
{
    private const double Precision = 1e-9;

    [Fact]
    public async Task Gives_the_region_numbers_as_JSON()
    {
        using var client = await app.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);

        var region = await client.GetFromJsonAsync<JsonElement>($"/api/indicators/region/{TestRegion.ProcedureCode}");

        Assert.Equal("Region", region.GetProperty("level").GetString());
        var ind = region.GetProperty("indicators");
        Assert.Equal(10, ind.GetProperty("participants").GetInt32());
        Assert.Equal("NotInformative", ind.GetProperty("status").GetString());
        Assert.Equal(400.0 / 6, ind.GetProperty("meanPercent").GetDouble(), Precision);
        Assert.Equal(100, ind.GetProperty("marks").GetProperty("four").GetDouble(), Precision);
        Assert.Equal(0, ind.GetProperty("marks").GetProperty("two").GetDouble(), Precision);
        Assert.Equal(100, ind.GetProperty("qualityRate").GetDouble(), Precision);
        Assert.Equal([100, 100, 100.0 / 3], ind.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("successRate").GetDouble()));
        // Task 3 is of the high level: 33.3 % is at least the advanced 30 %.
        Assert.Equal("Sufficient", ind.GetProperty("tasks")[2].GetProperty("successLevel").GetString());
        Assert.Equal(100, ind.GetProperty("journal").GetProperty("same").GetDouble(), Precision);
    }

    [Fact]
    public async Task Gives_a_municipal_officer_their_municipality_and_404_for_another()
    {
        using var client = await app.BearerAsync(TestRegion.User(Roles.MunicipalOfficer).Email);

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/indicators/municipalities/M01/{TestRegion.ProcedureCode}");
        using var other = await client.GetAsync($"/api/indicators/municipalities/M02/{TestRegion.ProcedureCode}");
        using var otherSchool = await client.GetAsync($"/api/indicators/schools/S021/{TestRegion.ProcedureCode}");
        using var otherDynamics = await client.GetAsync("/api/indicators/dynamics/municipality/M02");

        Assert.Equal("M01", own.GetProperty("code").GetString());
        Assert.Equal(5, own.GetProperty("indicators").GetProperty("participants").GetInt32());
        Assert.Equal(400.0 / 6, own.GetProperty("indicators").GetProperty("meanPercent").GetDouble(), Precision);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherSchool.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDynamics.StatusCode);
    }

    [Fact]
    public async Task Suppresses_every_number_of_a_school_under_five_participants()
    {
        using var client = await app.BearerAsync(TestRegion.User(Roles.SchoolLeader).Email);

        var school = await client.GetFromJsonAsync<JsonElement>($"/api/indicators/schools/S011/{TestRegion.ProcedureCode}");

        var ind = school.GetProperty("indicators");
        Assert.Equal(3, ind.GetProperty("participants").GetInt32());
        Assert.Equal("Suppressed", ind.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, ind.GetProperty("meanPercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, ind.GetProperty("marks").ValueKind);
        Assert.Empty(ind.GetProperty("tasks").EnumerateArray());
    }

    [Fact]
    public async Task Gives_the_dynamics_of_the_region_by_series()
    {
        using var client = await app.BearerAsync(TestRegion.User(Roles.Methodologist).Email);

        var series = await client.GetFromJsonAsync<JsonElement>("/api/indicators/dynamics/region");
        using var unknown = await client.GetAsync("/api/indicators/dynamics/planet/X");

        var russian = series.EnumerateArray().Single(s => s.GetProperty("title").GetString()!.Contains("Русский"));
        var point = Assert.Single(russian.GetProperty("points").EnumerateArray());
        Assert.Equal(2025, point.GetProperty("year").GetInt32());
        Assert.Equal(0, point.GetProperty("shareOfTwo").GetDouble());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
