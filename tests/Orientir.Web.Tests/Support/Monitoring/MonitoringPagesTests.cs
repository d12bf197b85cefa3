using System.Net;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Monitoring;

/// <summary>The prerendered pages of monitoring, in the scope of the signed-in user.</summary>
public class MonitoringPagesTests(MonitoringApp fixture) : IClassFixture<MonitoringApp>
{
    private static string Email(string role) => TestRegion.User(role).Email;

    [Fact]
    public async Task The_hub_shows_an_analyst_the_municipalities_and_the_schools_with_the_export()
    {
        using var analyst = await fixture.App.CookieAsync(Email(Roles.RegionAnalyst));
        var page = await analyst.GetStringAsync("/support");
        Assert.Contains("id=\"progress-table\"", page);
        Assert.Contains("id=\"progress-row-S011\"", page);
        Assert.Contains("id=\"progress-row-S021\"", page);
        Assert.Contains("id=\"municipalities-table\"", page);
        Assert.Contains("id=\"export-progress\"", page);
        Assert.Contains("id=\"monitoring-run\"", page);
        Assert.Contains("id=\"stage-entry\"", page);
        Assert.Contains("id=\"notifications-bell\"", page);
    }

    [Fact]
    public async Task A_municipal_officer_sees_only_their_schools_and_their_municipality_s_programme()
    {
        using var officer = await fixture.App.CookieAsync(Email(Roles.MunicipalOfficer));
        var hub = await officer.GetStringAsync("/support");
        Assert.Contains("id=\"progress-row-S011\"", hub);
        Assert.DoesNotContain("id=\"progress-row-S021\"", hub);
        Assert.DoesNotContain("id=\"monitoring-run\"", hub);

        var programme = await officer.GetStringAsync("/support/municipalities/M01");
        Assert.Contains("Муниципальная программа поддержки", programme);
        Assert.Contains(TestRegion.SchoolNames["S011"], programme);
        Assert.Contains("id=\"stage-totals\"", programme);
        var other = await officer.GetStringAsync("/support/municipalities/M02");
        Assert.Contains("Не найдено или нет доступа", other);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], other);
    }

    [Fact]
    public async Task The_school_s_monitoring_tab_lists_stages_measures_and_indicators()
    {
        using var director = await fixture.App.CookieAsync(Email(Roles.SchoolLeader));
        var page = await director.GetStringAsync("/support/schools/S011?tab=monitoring");
        Assert.Contains("id=\"stage-entry\"", page);
        Assert.Contains("id=\"stage-final\"", page);
        Assert.Contains("id=\"monitoring-measures\"", page);
        Assert.Contains("id=\"monitoring-indicators\"", page);
        Assert.Contains(MonitoringApp.PastDueMeasure, page);
        Assert.Contains(MonitoringApp.Indicator, page);
    }

    [Fact]
    public async Task A_director_is_sent_from_the_hub_to_their_school_and_a_curator_to_their_workspace()
    {
        using var director = await fixture.App.CookieAsync(Email(Roles.SchoolLeader));
        using var toSchool = await director.GetAsync("/support");
        Assert.Equal(HttpStatusCode.Redirect, toSchool.StatusCode);
        Assert.Equal("/support/schools/S011", toSchool.Headers.Location?.OriginalString.Replace(fixture.App.Address.ToString().TrimEnd('/'), ""));

        using var curator = await fixture.App.CookieAsync(Email(Roles.Curator));
        using var toWorkspace = await curator.GetAsync("/support");
        Assert.Equal(HttpStatusCode.Redirect, toWorkspace.StatusCode);
        Assert.EndsWith("/support/curator", toWorkspace.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_notifications_page_lists_the_user_s_notices_or_says_there_are_none()
    {
        using var teacher = await fixture.App.CookieAsync(Email(Roles.Teacher));
        var empty = await teacher.GetStringAsync("/notifications");
        Assert.Contains("Уведомлений нет", empty);

        using var analyst = await fixture.App.BearerAsync(Email(Roles.RegionAnalyst));
        (await analyst.PostAsync("/api/support/monitoring/run", null)).EnsureSuccessStatusCode();
        using var director = await fixture.App.CookieAsync(Email(Roles.SchoolLeader));
        var page = await director.GetStringAsync("/notifications");
        Assert.Contains("id=\"notifications-list\"", page);
        Assert.Contains(MonitoringApp.PastDueMeasure, page);
        Assert.Contains("Отметить прочитанным", page);
        Assert.Contains("data-count=\"1\"", page);
    }
}
