using System.Net;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Dashboards;

/// <summary>The staff pages (prerendered) for each role, in the signed-in user's scope.</summary>
public class StaffViewsPagesTests(StaffViewsApp fixture) : IClassFixture<StaffViewsApp>
{
    private static string Email(string role) => TestRegion.User(role).Email;

    [Fact]
    public async Task A_methodologist_sees_the_region_dashboard_with_the_chart_the_tables_and_the_recompute_button()
    {
        using var methodologist = await fixture.App.CookieAsync(Email(Roles.Methodologist));
        var page = await methodologist.GetStringAsync("/staff");
        Assert.Contains("Педагоги региона", page);
        Assert.Contains("id=\"staff-year\"", page);
        Assert.Contains("id=\"staff-export\"", page);
        Assert.Contains("id=\"staff-recompute\"", page);
        Assert.Contains("<svg", page);
        Assert.Contains("id=\"competence-METH\"", page);
        Assert.Contains("Методические: проектирование и проведение урока", page);
        Assert.Contains("id=\"skill-RU-1.1\"", page);
        Assert.Contains("id=\"municipality-row-M01\"", page);
        Assert.Contains("/staff/municipalities/M02?year=2025", page);
        Assert.Contains(TestRegion.MunicipalityNames["M02"], page);
    }

    [Fact]
    public async Task A_region_analyst_sees_the_dashboard_without_the_recompute_button()
    {
        using var analyst = await fixture.App.CookieAsync(Email(Roles.RegionAnalyst));
        var page = await analyst.GetStringAsync("/staff?year=2025");
        Assert.Contains("Педагоги региона", page);
        Assert.Contains("id=\"staff-export\"", page);
        Assert.DoesNotContain("id=\"staff-recompute\"", page);
    }

    [Fact]
    public async Task A_municipal_officer_sees_their_municipality_by_school_and_not_another_municipality()
    {
        using var officer = await fixture.App.CookieAsync(Email(Roles.MunicipalOfficer));
        var page = await officer.GetStringAsync("/staff");
        Assert.Contains($"Педагоги: {TestRegion.MunicipalityNames["M01"]}", page);
        Assert.Contains("id=\"school-row-S011\"", page);
        Assert.Contains("id=\"school-row-S012\"", page);
        Assert.DoesNotContain("id=\"school-row-S021\"", page);
        Assert.Contains("id=\"not-found\"", await officer.GetStringAsync("/staff/municipalities/M02"));
        Assert.Contains("id=\"school-row-S011\"", await officer.GetStringAsync("/staff/municipalities/M01"));
    }

    [Fact]
    public async Task A_school_leader_is_sent_to_their_schools_teachers_and_sees_deficits_routes_and_mentoring_roles()
    {
        using var director = await fixture.App.CookieAsync(Email(Roles.SchoolLeader));
        using var home = await director.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/staff/schools/S011", home.Headers.Location?.OriginalString);

        var page = await director.GetStringAsync("/staff/schools/S011");
        Assert.Contains("id=\"school-teachers\"", page);
        Assert.Contains("id=\"teacher-row-A011\"", page);
        Assert.Contains("id=\"teacher-row-B011\"", page);
        Assert.Contains("1.1, METH", page);
        Assert.Contains("молодой педагог", page);
        Assert.Contains("наставляемый", page);
        Assert.Contains("наставник", page);
        Assert.Contains("предложен, ждёт утверждения (2025)", page);
        Assert.Contains("/staff/teachers/A011", page);
        Assert.Contains("id=\"not-found\"", await director.GetStringAsync("/staff/schools/S012"));
        Assert.Contains("id=\"not-found\"", await director.GetStringAsync("/staff/teachers/C012"));
    }

    [Fact]
    public async Task The_teachers_page_shows_the_profile_each_deficit_with_its_evidence_and_the_route_and_mentoring_panels()
    {
        using var methodologist = await fixture.App.CookieAsync(Email(Roles.Methodologist));
        var page = await methodologist.GetStringAsync("/staff/teachers/A011");
        Assert.Contains("Педагог A011", page);
        Assert.Contains("id=\"teacher-profile\"", page);
        Assert.Contains("id=\"deficit-diagnostic-METH\"", page);
        Assert.Contains("id=\"deficit-results-RU-1.1\"", page);
        Assert.Contains("Успешность учеников педагога, %", page);
        Assert.Contains("Отставание, п. п.", page);
        Assert.Contains("Порог дефицита по методике, % от максимума", page);
        Assert.Contains("id=\"measurements-2025\"", page);
        Assert.Contains("id=\"teacher-routes\"", page);
        Assert.Contains("id=\"teacher-mentoring\"", page);
        Assert.Contains("наставляемый", page);
    }

    [Fact]
    public async Task A_teacher_sees_their_own_page_and_not_a_colleagues()
    {
        using var teacher = await fixture.App.CookieAsync(Email(Roles.Teacher));
        using var home = await teacher.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/staff/me", home.Headers.Location?.OriginalString);

        var me = await teacher.GetStringAsync("/staff/me");
        Assert.Contains("Мой маршрут", me);
        Assert.Contains("Педагог C012", me);
        Assert.Contains("id=\"deficit-diagnostic-METH\"", me);
        Assert.Contains("id=\"teacher-routes\"", me);

        var colleague = await teacher.GetStringAsync("/staff/teachers/D012");
        Assert.Contains("id=\"not-found\"", colleague);
        Assert.DoesNotContain("id=\"teacher-profile\"", colleague);
        Assert.Contains("id=\"not-found\"", await teacher.GetStringAsync("/staff/schools/S012"));
    }

    [Fact]
    public async Task A_teacher_account_without_a_teacher_record_is_told_so()
    {
        using var teacher = await fixture.App.CookieAsync(StaffViewsApp.TeacherWithoutRecord);
        var page = await teacher.GetStringAsync("/staff/me");
        Assert.Contains("id=\"no-teacher-record\"", page);
        Assert.Contains("не связана с карточкой педагога", page);
    }
}
