using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Lists;

/// <summary>The prerendered list pages and the curator's workspace, in the signed-in user's scope.</summary>
public class ListsPagesTests(ListsApp fixture) : IClassFixture<ListsApp>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task An_analyst_sees_the_years_revisions_and_the_list_with_curator_selects_and_history()
    {
        using var analyst = await App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var lists = await analyst.GetStringAsync("/support/lists");
        Assert.Contains("Список 2025 года", lists);
        Assert.Contains("действует", lists);
        Assert.Contains("id=\"create-list\"", lists);

        var list = await analyst.GetStringAsync($"/support/lists/{fixture.ListId}");
        Assert.Contains("Список адресной поддержки 2025 года", list);
        Assert.Contains("id=\"list-schools\"", list);
        Assert.Contains(TestRegion.SchoolNames["S021"], list);
        Assert.Contains("id=\"curator-select-S011\"", list);
        Assert.Contains("История изменений", list);
        Assert.Contains("Список утверждён", list);
        Assert.Contains("id=\"new-revision\"", list);
        Assert.DoesNotContain("id=\"add-school\"", list);
    }

    [Fact]
    public async Task An_officer_sees_only_their_schools_on_the_list_and_no_management()
    {
        using var officer = await App.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var lists = await officer.GetStringAsync("/support/lists");
        Assert.Contains("Список 2025 года", lists);
        Assert.DoesNotContain("Сформировать список", lists);

        var list = await officer.GetStringAsync($"/support/lists/{fixture.ListId}");
        Assert.Contains(TestRegion.SchoolNames["S011"], list);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], list);
        Assert.DoesNotContain("curator-select-", list);
        Assert.Contains("Этапы мониторинга", list);
    }

    [Fact]
    public async Task A_curator_sees_their_workspace_and_a_leader_is_told_it_is_for_curators()
    {
        using var curator = await App.CookieAsync(TestRegion.User(Roles.Curator).Email);
        var workspace = await curator.GetStringAsync("/support/curator");
        Assert.Contains("Рабочее место куратора", workspace);
        Assert.Contains("id=\"workspace\"", workspace);
        Assert.Contains(TestRegion.SchoolNames["S011"], workspace);
        Assert.Contains(TestRegion.SchoolNames["S021"], workspace);
        Assert.DoesNotContain(TestRegion.SchoolNames["S012"], workspace);

        using var leader = await App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        Assert.Contains("доступно только кураторам", await leader.GetStringAsync("/support/curator"));
    }
}
