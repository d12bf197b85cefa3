using System.Net;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Pages;

/// <summary>The prerendered HTML of the pages, as a signed-in browser receives it first.</summary>
[Collection(WebAppCollection.Name)]
public class ScopedPageTests(WebAppFixture app)
{
    [Fact]
    public async Task A_municipal_officer_opening_another_municipality_sees_no_data()
    {
        using var client = await app.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);

        var other = await client.GetStringAsync("/municipalities/M02");
        Assert.Contains("Не найдено или нет доступа: муниципалитет «M02»", other);
        Assert.DoesNotContain(TestRegion.MunicipalityNames["M02"], other);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], other);

        var own = await client.GetStringAsync("/municipalities/M01");
        Assert.Contains(TestRegion.SchoolNames["S011"], own);
        Assert.Contains(TestRegion.SchoolNames["S012"], own);
    }

    [Fact]
    public async Task A_school_leader_sees_their_school_and_not_the_neighbour()
    {
        using var client = await app.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);

        var own = await client.GetStringAsync("/schools/S011");
        Assert.Contains(TestRegion.SchoolNames["S011"], own);
        Assert.Contains("35,5 %", own);
        Assert.Contains("нет данных", own);

        var neighbour = await client.GetStringAsync("/schools/S012");
        Assert.Contains("Не найдено или нет доступа: школа «S012»", neighbour);
        Assert.DoesNotContain(TestRegion.SchoolNames["S012"], neighbour);

        var search = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("школа"));
        Assert.DoesNotContain(TestRegion.SchoolNames["S012"], search);
    }

    [Fact]
    public async Task An_analyst_sees_the_region_with_every_municipality_and_procedure()
    {
        using var client = await app.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var region = await client.GetStringAsync("/");
        foreach (var name in TestRegion.MunicipalityNames.Values) Assert.Contains(name, region);
        Assert.Contains("ВПР Русский язык, 4 класс, 2025", region);
        Assert.Contains("Импорт", region);

        var procedure = await client.GetStringAsync($"/procedures/{TestRegion.ProcedureCode}");
        Assert.Contains("Шкала перевода в отметки", procedure);
        Assert.Contains("1.1, 1.2", procedure);
    }

    [Fact]
    public async Task The_import_page_is_closed_to_roles_that_may_not_import()
    {
        using var client = await app.CookieAsync(TestRegion.User(Roles.Teacher).Email);
        using var response = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("Импорт", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_form()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/schools/S011");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_unknown_address_gets_a_russian_404_page()
    {
        using var client = await app.CookieAsync(TestRegion.User(Roles.Teacher).Email);
        using var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страница не найдена", await response.Content.ReadAsStringAsync());
    }
}
