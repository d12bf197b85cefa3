using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Api;

/// <summary>For every role, through the API with a bearer token: its own data is there, everybody else's is 404.</summary>
[Collection(WebAppCollection.Name)]
public class ScopeTests(WebAppFixture app)
{
    public static TheoryData<string, string[], string[]> VisibleSchoolsByRole => new()
    {
        { Roles.Admin, ["S011", "S012", "S021", "S022"], [] },
        { Roles.RegionAnalyst, ["S011", "S012", "S021", "S022"], [] },
        { Roles.Methodologist, ["S011", "S012", "S021", "S022"], [] },
        { Roles.Curator, ["S011", "S021"], ["S012", "S022"] },
        { Roles.MunicipalOfficer, ["S011", "S012"], ["S021", "S022"] },
        { Roles.SchoolLeader, ["S011"], ["S012", "S021", "S022"] },
        { Roles.Teacher, ["S012"], ["S011", "S021", "S022"] },
    };

    [Theory, MemberData(nameof(VisibleSchoolsByRole))]
    public async Task A_role_reads_the_schools_of_its_scope_and_gets_404_for_the_others(string role, string[] visible, string[] hidden)
    {
        using var client = await app.BearerAsync(TestRegion.User(role).Email);

        foreach (var code in visible)
        {
            var school = await client.GetFromJsonAsync<JsonElement>($"/api/schools/{code}");
            Assert.Equal(TestRegion.SchoolNames[code], school.GetProperty("name").GetString());
            var procedure = school.GetProperty("procedures").EnumerateArray().Single(p => p.GetProperty("code").GetString() == TestRegion.ProcedureCode);
            Assert.Equal(TestRegion.Works[code], procedure.GetProperty("participants").GetInt32());
        }
        foreach (var code in hidden)
        {
            using var response = await client.GetAsync($"/api/schools/{code}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var found = await client.GetFromJsonAsync<JsonElement>("/api/schools?search=школ");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/schools?search=S0");
        Assert.Equal(visible.Order(), all.EnumerateArray().Select(s => s.GetProperty("code").GetString()!).Order());
        Assert.All(found.EnumerateArray(), s => Assert.Contains(s.GetProperty("code").GetString(), visible));
    }

    public static TheoryData<string, string[], string[]> VisibleMunicipalitiesByRole => new()
    {
        { Roles.Admin, ["M01", "M02"], [] },
        { Roles.RegionAnalyst, ["M01", "M02"], [] },
        { Roles.Methodologist, ["M01", "M02"], [] },
        { Roles.Curator, ["M01", "M02"], [] },
        { Roles.MunicipalOfficer, ["M01"], ["M02"] },
        { Roles.SchoolLeader, ["M01"], ["M02"] },
        { Roles.Teacher, ["M01"], ["M02"] },
    };

    [Theory, MemberData(nameof(VisibleMunicipalitiesByRole))]
    public async Task A_role_sees_only_its_municipalities_and_in_them_only_its_schools(string role, string[] visible, string[] hidden)
    {
        using var client = await app.BearerAsync(TestRegion.User(role).Email);
        var schoolsInScope = VisibleSchoolsByRole.Single(row => (string)row[0] == role)[1] as string[];

        var list = await client.GetFromJsonAsync<JsonElement>("/api/municipalities");
        Assert.Equal(visible, list.EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToArray());
        foreach (var code in visible)
        {
            var municipality = await client.GetFromJsonAsync<JsonElement>($"/api/municipalities/{code}");
            Assert.Equal(TestRegion.MunicipalityNames[code], municipality.GetProperty("name").GetString());
            var schools = municipality.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToArray();
            Assert.Equal(schoolsInScope!.Where(s => s[2] == code[2]).Order(), schools.Order());
        }
        foreach (var code in hidden)
        {
            using var response = await client.GetAsync($"/api/municipalities/{code}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory, MemberData(nameof(VisibleSchoolsByRole))]
    public async Task Region_counts_and_procedure_participants_cover_only_the_scope(string role, string[] visible, string[] hidden)
    {
        _ = hidden;
        using var client = await app.BearerAsync(TestRegion.User(role).Email);
        var works = visible.Sum(code => TestRegion.Works[code]);
        var takesMaths = visible.Contains("S021");

        var region = await client.GetFromJsonAsync<JsonElement>("/api/region");
        Assert.Equal(visible.Length, region.GetProperty("schools").GetInt32());
        Assert.Equal(works + (takesMaths ? 1 : 0), region.GetProperty("works").GetInt64());
        Assert.Equal(takesMaths ? 2 : 1, region.GetProperty("procedures").GetInt32());

        var procedure = await client.GetFromJsonAsync<JsonElement>($"/api/procedures/{TestRegion.ProcedureCode}");
        Assert.Equal(works, procedure.GetProperty("participants").GetInt64());
        Assert.Equal(3, procedure.GetProperty("tasks").GetArrayLength());
        Assert.Equal("Advanced", procedure.GetProperty("tasks")[1].GetProperty("level").GetString());

        using var maths = await client.GetAsync($"/api/procedures/{TestRegion.SecondProcedureCode}");
        Assert.Equal(takesMaths ? HttpStatusCode.OK : HttpStatusCode.NotFound, maths.StatusCode);
        var procedures = await client.GetFromJsonAsync<JsonElement>("/api/procedures");
        Assert.Equal(takesMaths ? 2 : 1, procedures.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/region")]
    [InlineData("/api/municipalities")]
    [InlineData("/api/municipalities/M01")]
    [InlineData("/api/schools?search=S0")]
    [InlineData("/api/schools/S011")]
    [InlineData("/api/procedures")]
    [InlineData("/api/procedures/VPR-2025-RU-4")]
    public async Task An_anonymous_request_gets_401(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_reads_the_api_with_its_cookie_in_its_scope()
    {
        using var client = await app.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        using var own = await client.GetAsync("/api/schools/S012");
        using var other = await client.GetAsync("/api/schools/S021");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
