using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Routes;

/// <summary>The prerendered route panel and the routes page, with the buttons each role may use.</summary>
public class RoutesPagesTests(RoutesApp fixture) : IClassFixture<RoutesApp>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task A_methodologist_sees_a_proposed_route_with_approval_and_the_step_editor()
    {
        using var methodologist = await App.CookieAsync(RoutesApp.Methodologist);
        var page = await methodologist.GetStringAsync("/staff/routes/T0102");

        Assert.Contains("Маршрут по дефицитам 2025 года", page);
        Assert.Contains("предложен, ждёт утверждения", page);
        Assert.Contains("id=\"route-approve\"", page);
        Assert.Contains("Ещё не измерен", page);
        Assert.Contains("Современный урок математики", page);
        Assert.Contains("наставник T0101", page);
        Assert.Contains("id=\"step-add\"", page);
        Assert.Contains("id=\"step-remove-", page);
        Assert.DoesNotContain("id=\"step-done-", page);
        Assert.DoesNotContain("id=\"route-propose\"", page);
    }

    [Fact]
    public async Task A_teacher_sees_their_approved_route_with_step_buttons_without_management_and_not_a_colleagues()
    {
        using var teacher = await App.CookieAsync(RoutesApp.Teacher);
        var own = await teacher.GetStringAsync("/staff/routes/T0100");

        Assert.Contains("id=\"route-current\"", own);
        Assert.Contains("утверждён", own);
        Assert.Contains("id=\"step-done-", own);
        Assert.Contains("Методическое объединение учителей предмета «Математика»", own);
        Assert.DoesNotContain("id=\"route-approve\"", own);
        Assert.DoesNotContain("id=\"step-add\"", own);
        Assert.Contains("id=\"route-not-found\"", await teacher.GetStringAsync("/staff/routes/T0102"));
    }

    [Fact]
    public async Task A_leader_may_propose_for_their_schools_teacher_without_a_route()
    {
        using var director = await App.CookieAsync(RoutesApp.Director);
        var page = await director.GetStringAsync("/staff/routes/T0110");

        Assert.Contains("id=\"route-none\"", page);
        Assert.Contains("id=\"route-propose\"", page);
        Assert.Contains("id=\"route-not-found\"", await director.GetStringAsync("/staff/routes/T0100"));
    }

    [Fact]
    public async Task The_routes_page_lists_the_routes_in_scope_waiting_ones_first_with_links_to_the_teachers()
    {
        using var methodologist = await App.CookieAsync(RoutesApp.Methodologist);
        var page = await methodologist.GetStringAsync("/staff/routes");

        Assert.Contains("Индивидуальные образовательные маршруты", page);
        Assert.Contains("id=\"routes-table\"", page);
        Assert.Contains("href=\"/staff/teachers/T0102\"", page);
        Assert.Contains("id=\"routes-waiting\"", page);
        Assert.Contains(TestRegion.SchoolNames["S012"], page);

        using var director = await App.CookieAsync(RoutesApp.Director);
        var scoped = await director.GetStringAsync("/staff/routes?status=Proposed");
        Assert.DoesNotContain("T0102", scoped);
        Assert.DoesNotContain("id=\"routes-waiting\"", scoped);
    }
}
