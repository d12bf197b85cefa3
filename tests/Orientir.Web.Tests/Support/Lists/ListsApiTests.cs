using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Lists;

/// <summary>The lists and curators through <c>/api/support</c>: managers change, others read their scope and are refused changes.</summary>
public class ListsApiTests(ListsApp fixture) : IClassFixture<ListsApp>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task A_municipal_officers_changes_are_refused_and_they_read_only_their_municipalitys_schools()
    {
        using var officer = await App.BearerAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        using var create = await officer.PostAsJsonAsync("/api/support/lists", new { year = 2025 });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Contains("региональный аналитик", await create.Content.ReadAsStringAsync());
        using var add = await officer.PostAsJsonAsync($"/api/support/lists/{fixture.ListId}/schools", new { code = "S022", reason = "Обращение муниципалитета о результатах" });
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);

        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/support/lists/{fixture.ListId}");
        Assert.Equal(["S011", "S012"], list.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        var years = await officer.GetFromJsonAsync<JsonElement>("/api/support/lists");
        Assert.Equal(2, years[0].GetProperty("revisions")[0].GetProperty("includedSchools").GetInt32());
    }

    [Fact]
    public async Task A_curator_may_not_assign_curators_and_an_approved_list_refuses_an_analysts_edit()
    {
        using var curator = await App.BearerAsync(TestRegion.User(Roles.Curator).Email);
        using var assign = await curator.PutAsJsonAsync("/api/support/schools/S011/curator", new { curatorEmail = TestRegion.User(Roles.Curator).Email });
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);

        var workspace = await curator.GetFromJsonAsync<JsonElement>("/api/support/curator/workspace");
        Assert.Equal(["S011", "S021"], workspace.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()));

        using var analyst = await App.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        using var edit = await analyst.PostAsJsonAsync($"/api/support/lists/{fixture.ListId}/schools/S011/remove", new { reason = "Школа реорганизована в 2025 году" });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("новую редакцию", await edit.Content.ReadAsStringAsync());
        using var noRun = await analyst.PostAsJsonAsync("/api/support/lists", new { year = 2019 });
        Assert.Equal(HttpStatusCode.BadRequest, noRun.StatusCode);

        var history = await analyst.GetFromJsonAsync<JsonElement>("/api/support/schools/S011/curators");
        Assert.Equal(TestRegion.User(Roles.Curator).Email, history[0].GetProperty("curatorName").GetString());
        var curators = await analyst.GetFromJsonAsync<JsonElement>("/api/support/curators");
        Assert.Contains(curators.EnumerateArray(), c => c.GetProperty("email").GetString() == TestRegion.User(Roles.Curator).Email);
    }
}
