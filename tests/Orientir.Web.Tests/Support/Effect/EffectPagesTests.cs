using System.Net;
using System.Text.Json;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Effect;

/// <summary>The effect pages (prerendered) and API in the signed-in user's scope.</summary>
public class EffectPagesTests(EffectApp fixture) : IClassFixture<EffectApp>
{
    [Fact]
    public async Task The_programme_page_shows_the_programme_the_exit_proposals_and_a_table_of_the_target_schools()
    {
        using var analyst = await fixture.App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var page = await analyst.GetStringAsync("/support/effect?year=2025");
        Assert.Contains("id=\"programme-effect\"", page);
        Assert.Contains("id=\"exit-proposals\"", page);
        Assert.Contains("id=\"effect-table\"", page);
        Assert.Contains("Эффект программы 2025 года — регион", page);
        Assert.Contains(TestRegion.SchoolNames["S011"], page);
        Assert.Contains(TestRegion.SchoolNames["S021"], page);
        Assert.Contains("Разность разностей 2026", page);
        Assert.Contains("нет результата базового 2025 года", page);

        var latest = await analyst.GetStringAsync("/support/effect");
        Assert.Contains("Эффект программы 2026 года", latest);
        Assert.Contains("Нет данных следующего года", latest);
        Assert.Contains(TestRegion.SchoolNames["S012"], latest);
    }

    [Fact]
    public async Task A_municipal_officer_sees_only_their_municipalitys_target_schools()
    {
        using var officer = await fixture.App.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var page = await officer.GetStringAsync("/support/effect?year=2025");
        Assert.Contains("школы в вашей области доступа", page);
        Assert.Contains(TestRegion.SchoolNames["S011"], page);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], page);
    }

    [Fact]
    public async Task The_effect_tab_of_a_school_shows_each_follow_up_year_with_its_reason_when_there_is_no_estimate()
    {
        using var director = await fixture.App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var page = await director.GetStringAsync("/support/schools/S011?year=2025&tab=effect");
        Assert.Contains("id=\"school-effect-2026\"", page);
        Assert.Contains("Оценки нет: нет результата базового 2025 года", page);
        Assert.Contains("Программа 2025 года", page);
    }

    [Fact]
    public async Task The_api_gives_the_programme_and_a_school_in_scope_and_404_outside_it()
    {
        using var analyst = await fixture.App.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        using var programme = JsonDocument.Parse(await analyst.GetStringAsync("/api/support/effect?year=2025"));
        Assert.Equal(2025, programme.RootElement.GetProperty("programmeYear").GetInt32());
        Assert.Equal(2, programme.RootElement.GetProperty("schools").GetArrayLength());
        Assert.Equal(2026, programme.RootElement.GetProperty("years")[0].GetProperty("year").GetInt32());
        using var school = JsonDocument.Parse(await analyst.GetStringAsync("/api/support/schools/S021/effect?year=2025"));
        Assert.Equal("S021", school.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/support/effect?year=2030")).StatusCode);

        using var officer = await fixture.App.BearerAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/support/schools/S021/effect")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/support/schools/S011/effect")).StatusCode);
    }
}
