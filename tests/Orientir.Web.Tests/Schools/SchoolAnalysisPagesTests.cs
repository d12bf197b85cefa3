using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Schools;

/// <summary>The prerendered pages of the school analytics over a published run, in the scope of the signed-in user.</summary>
public class SchoolAnalysisPagesTests(SchoolAnalysisApp fixture) : IClassFixture<SchoolAnalysisApp>
{
    [Fact]
    public async Task A_director_sees_their_school_on_the_lists_with_its_evidence_and_not_the_neighbours()
    {
        using var client = await fixture.App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);

        var low = await client.GetStringAsync($"/schools/analysis?year={AnalysisRun.Year}");
        Assert.Contains(TestRegion.SchoolNames["S011"], low);
        Assert.Contains("Сводный показатель результатов", low);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], low);
        Assert.DoesNotContain("id=\"publish-button\"", low);

        var all = await client.GetStringAsync($"/schools/analysis?year={AnalysisRun.Year}&list=all");
        Assert.Contains(TestRegion.SchoolNames["S011"], all);
        Assert.DoesNotContain(TestRegion.SchoolNames["S012"], all);

        var own = await client.GetStringAsync($"/schools/analysis/S011?year={AnalysisRun.Year}");
        Assert.Contains("Эффект школы с учётом контекста", own);
        Assert.Contains("Пики у границ отметок", own);
        var neighbour = await client.GetStringAsync($"/schools/analysis/S012?year={AnalysisRun.Year}");
        Assert.Contains("Не найдено или нет доступа", neighbour);
        Assert.DoesNotContain(TestRegion.SchoolNames["S012"], neighbour);
    }

    [Fact]
    public async Task The_methodology_page_is_read_only_for_a_municipal_officer_and_editable_for_an_analyst()
    {
        using var officer = await fixture.App.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var readOnly = await officer.GetStringAsync("/schools/methodology");
        Assert.Contains("Изменять методику могут администратор и региональный аналитик", readOnly);
        Assert.DoesNotContain("Сохранить новую версию", readOnly);
        Assert.Contains("Правило отбора", readOnly);

        using var analyst = await fixture.App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var editable = await analyst.GetStringAsync("/schools/methodology");
        Assert.Contains("Сохранить новую версию", editable);
        Assert.Contains("Пересчитать списки за год", editable);
    }
}

/// <summary>The shared app has no published run: the analysis page says so, and offers the calculation to managers only.</summary>
[Collection(WebAppCollection.Name)]
public class SchoolAnalysisEmptyStateTests(WebAppFixture app)
{
    [Fact]
    public async Task Without_a_run_the_page_says_the_lists_are_not_calculated_and_only_a_manager_may_calculate()
    {
        using var analyst = await app.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var page = await analyst.GetStringAsync("/schools/analysis");
        Assert.Contains("Списки ещё не рассчитаны", page);
        Assert.Contains("id=\"publish-button\"", page);

        using var officer = await app.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var officerPage = await officer.GetStringAsync("/schools/analysis");
        Assert.Contains("Списки ещё не рассчитаны", officerPage);
        Assert.DoesNotContain("id=\"publish-button\"", officerPage);
    }
}
