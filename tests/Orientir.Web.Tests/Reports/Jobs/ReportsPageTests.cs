using Orientir.Web.Tests.Infrastructure;
using static Orientir.Web.Tests.Reports.Jobs.ReportsWebApp;

namespace Orientir.Web.Tests.Reports.Jobs;

/// <summary>The prerendered «Отчёты» page: the form with the levels each role may use, the deep link, the jobs.</summary>
[Collection(ReportsWebApp.Name)]
public class ReportsPageTests(WebAppFixture app)
{
    [Fact]
    public async Task An_analyst_sees_the_form_with_every_level_the_years_and_the_formats()
    {
        using var analyst = await app.CookieAsync(Analyst);

        var page = await analyst.GetStringAsync("/reports");

        foreach (var id in new[] { "report-form", "report-level", "report-level-school", "report-level-municipality", "report-level-region",
                     "report-object", "report-year", "report-format-pdf", "report-format-xlsx", "report-format-html", "report-generate" })
            Assert.Contains($"id=\"{id}\"", page);
        Assert.Contains("Сформировать", page);
        Assert.Contains("2025", page);
        Assert.Contains("Регион — все муниципалитеты и школы", page);
        Assert.Contains("href=\"/reports\"", page);
    }

    [Fact]
    public async Task A_director_may_report_on_their_school_only_and_finds_it_chosen()
    {
        using var director = await app.CookieAsync(Director);

        var page = await director.GetStringAsync("/reports");

        Assert.Contains("id=\"report-level-school\"", page);
        Assert.DoesNotContain("id=\"report-level-municipality\"", page);
        Assert.DoesNotContain("id=\"report-level-region\"", page);
        Assert.Contains($"{TestRegion.SchoolNames["S011"]} (S011)", page);
    }

    [Fact]
    public async Task A_deep_link_chooses_the_school_and_the_year()
    {
        using var analyst = await app.CookieAsync(Analyst);

        var page = await analyst.GetStringAsync("/reports?level=school&code=S021&year=2025&format=html");

        Assert.Contains($"{TestRegion.SchoolNames["S021"]} (S021)", page);
        Assert.DoesNotContain("Регион — все муниципалитеты и школы", page);
    }

    [Fact]
    public async Task The_page_lists_the_users_own_jobs_with_a_download_link()
    {
        using var officer = await app.BearerAsync(Officer);
        var job = await ProduceAsync(officer, "school", "S012", 2025, "html");
        using var page = await app.CookieAsync(Officer);
        using var director = await app.CookieAsync(Director);

        var html = await page.GetStringAsync("/reports");

        Assert.Contains("id=\"report-jobs\"", html);
        Assert.Contains($"id=\"report-download-{job.Id}\"", html);
        Assert.Contains($"href=\"/api/reports/jobs/{job.Id}/file\"", html);
        Assert.Contains(TestRegion.SchoolNames["S012"], html);
        Assert.DoesNotContain(job.Id.ToString(), await director.GetStringAsync("/reports"));
    }
}
