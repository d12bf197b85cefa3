using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Imports;
using Orientir.Domain.Results;
using Orientir.Web.Results;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Pages;

/// <summary>
/// <see cref="TestRegion"/> with an ЕГЭ of 2026 known only from the per-school form: S011 20 participants (2 below the
/// minimum, mean 70 test points, 3 with 80–99, 1 with 100), S012 3 (suppressed), S021 12 (mean 55, 1 below).
/// </summary>
public sealed class AggregateDashboardFixture : IAsyncLifetime
{
    public const string ProcedureCode = "EGE-2026-MA-11";

    public WebAppFixture App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var batch = new ImportBatch("school_results.csv", new string('2', 64), DateTime.UtcNow, "test", 3);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        var procedure = new AssessmentProcedure(ProcedureCode, ProcedureKind.Ege, "MA", 11, 2026, 32, null, 27, batch.Id);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        void Add(string school, int participants, int below, int high, int full, double mean)
        {
            var row = new SchoolResultAggregate(procedure.Id, schools[school], batch.Id);
            row.Update(participants, null, null, null, null, below, high, full, mean, null, batch.Id);
            db.SchoolResultAggregates.Add(row);
        }
        Add("S011", 20, 2, 3, 1, 70);
        Add("S012", 3, 0, 0, 0, 60);
        Add("S021", 12, 1, 0, 0, 55);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>The dashboards and the procedure page of a procedure known only from per-school aggregates, as prerendered HTML.</summary>
public class AggregateDashboardTests(AggregateDashboardFixture fixture) : IClassFixture<AggregateDashboardFixture>
{
    private WebAppFixture App => fixture.App;

    [Fact]
    public async Task The_region_dashboard_shows_the_forms_figures_and_says_why_there_are_no_charts()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var html = await client.GetStringAsync("/");

        Assert.Contains(AggregateDashboardFixture.ProcedureCode, html);
        Assert.Contains("id=\"aggregates-only\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(IndicatorText.AggregatesOnly), html);
        // 35 participants; mean (1400 + 180 + 660) / 35 = 64 test points; 3 of 35 below the minimum = 8,6 %.
        Assert.Matches("Средний тестовый балл</p>\\s*<h5[^>]*>64,0</h5>", html);
        Assert.Contains("8,6 %", html);
        // The form counts those below the minimum itself: the card shows although the procedure has no minimum score.
        Assert.Contains("Ниже минимального балла", html);
        Assert.Contains("80–99 баллов, участников", html);
        // The form has no marks: no cards of «нет данных» for them, and its year of the dynamics is «—», not hidden.
        Assert.DoesNotContain("Успеваемость", html);
        Assert.Matches("участников: 35; изменение: — п\\.п\\.\">\\s*—\\s*<", html);
        foreach (var chart in new[] { "histogram-chart", "tasks-chart", "id=\"skills\"", "id=\"journal\"" })
            Assert.DoesNotContain(chart, html);
    }

    [Fact]
    public async Task A_school_leader_sees_their_schools_form_against_the_region()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.SchoolLeader).Email);
        var html = await client.GetStringAsync("/schools/S011");

        Assert.Contains("id=\"aggregates-only\"", html);
        Assert.Matches(">70,0</h5>", html);
        Assert.Contains("регион: 64,0", html);
        // 2 of 20 below the minimum.
        Assert.Contains("10,0 %", html);
        Assert.DoesNotContain("histogram-chart", html);
    }

    [Fact]
    public async Task The_procedure_page_compares_a_municipal_officers_schools_from_the_forms_with_the_notice()
    {
        using var client = await App.CookieAsync(TestRegion.User(Roles.MunicipalOfficer).Email);
        var html = await client.GetStringAsync($"/procedures/{AggregateDashboardFixture.ProcedureCode}");

        Assert.Contains("id=\"comparison-aggregates-only\"", html);
        Assert.Contains(TestRegion.SchoolNames["S011"], html);
        Assert.DoesNotContain(TestRegion.SchoolNames["S021"], html);
        // M01: S011 and S012, 23 participants.
        Assert.Matches("id=\"participants\"[^>]*>23<", html);
    }
}
