using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Catalogue;

/// <summary>The catalogue page and <c>/api/staff/programmes</c>, <c>/api/staff/competences</c>: everyone reads, managers change.</summary>
public class CatalogueWebTests(CatalogueApp fixture) : IClassFixture<CatalogueApp>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task A_methodologist_sees_the_catalogue_with_upload_add_edit_and_the_competences_tab_with_rename()
    {
        using var methodologist = await App.CookieAsync(TestRegion.User(Roles.Methodologist).Email);
        var page = await methodologist.GetStringAsync("/staff/programmes");

        Assert.Contains("Каталог программ повышения квалификации (ДПП)", page);
        Assert.Contains("Текстовые задачи в начальной школе", page);
        Assert.Contains("id=\"programme-search\"", page);
        Assert.Contains("id=\"programmes-upload\"", page);
        Assert.Contains("id=\"programme-add\"", page);
        Assert.Contains($"id=\"programme-edit-{fixture.ProgrammeId}\"", page);
        Assert.Contains("Компетенции", page);
        Assert.Contains("id=\"competence-rename-METH\"", page);
    }

    [Fact]
    public async Task A_school_leader_reads_the_catalogue_without_management()
    {
        using var leader = await App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var page = await leader.GetStringAsync("/staff/programmes");

        Assert.Contains("Текстовые задачи в начальной школе", page);
        Assert.DoesNotContain("id=\"programme-add\"", page);
        Assert.DoesNotContain("id=\"programmes-upload\"", page);
        Assert.DoesNotContain("competence-rename-", page);
    }

    [Fact]
    public async Task The_api_filters_by_target_and_refuses_changes_to_others_with_403()
    {
        using var leader = await App.BearerAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var found = await leader.GetFromJsonAsync<JsonElement>("/api/staff/programmes?target=MA4.3.1");
        var none = await leader.GetFromJsonAsync<JsonElement>("/api/staff/programmes?target=RU4");
        using var add = await leader.PostAsJsonAsync("/api/staff/programmes", new { title = "Своя", provider = "Школа", hours = 10, format = "distance", targets = "METH" });
        using var rename = await leader.PutAsJsonAsync("/api/staff/competences/METH", new { name = "Другое" });
        using var import = await leader.PostAsync("/api/staff/programmes/import", Csv("title;provider;hours;format;targets\nА;Б;10;distance;METH\n"));

        Assert.Equal(["Текстовые задачи в начальной школе"], found.EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        using var unknown = await (await App.BearerAsync(TestRegion.User(Roles.Methodologist).Email)).PutAsJsonAsync("/api/staff/programmes/99999",
            new { title = "Х", provider = "Y", hours = 10, format = "distance", targets = "METH" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_methodologists_upload_with_a_bad_row_lists_file_line_column_and_a_good_one_imports()
    {
        using var methodologist = await App.BearerAsync(TestRegion.User(Roles.Methodologist).Email);

        using var bad = await methodologist.PostAsync("/api/staff/programmes/import", Csv("title;provider;hours;format;targets\nА;Б;10;заочно;METH\n"));
        using var good = await methodologist.PostAsync("/api/staff/programmes/import", Csv("title;provider;hours;format;targets\nЦифровой урок;ЦНППМ;16;distance;DIGITAL\n"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
        Assert.StartsWith("programmes.csv:2: format: «заочно» — не форма обучения", errors[0].GetString());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        var competences = await methodologist.GetFromJsonAsync<JsonElement>("/api/staff/competences");
        Assert.Equal(1, competences.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "DIGITAL").GetProperty("programmes").GetInt32());
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "programmes.csv" } };
    }
}
