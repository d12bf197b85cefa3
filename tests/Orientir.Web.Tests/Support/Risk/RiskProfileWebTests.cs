using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Data.Support;
using Orientir.Domain.Access;
using Orientir.Domain.Schools;
using Orientir.Domain.Support;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Risk;

/// <summary>
/// The risk profile over HTTP and on the school's support page, in an app of its own (the approved 2025 list with S011
/// and S021 that it adds must not show in other tests).
/// </summary>
public class RiskProfileWebTests(RiskProfileWebTests.App app) : IClassFixture<RiskProfileWebTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public WebAppFixture Web { get; } = new();

        public async Task InitializeAsync()
        {
            await Web.InitializeAsync();
            await using var scope = Web.App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
            var methodology = await new MethodologyStore(db).CurrentAsync();
            var run = new SchoolAnalysisRun(2025, methodology.Id, "analyst", DateTime.UtcNow, "{}");
            db.SchoolAnalysisRuns.Add(run);
            await db.SaveChangesAsync();
            var list = new TargetList
            {
                Year = 2025, Revision = 1, SourceRunId = run.Id, MethodologyVersion = methodology.Number, Status = TargetListStatus.Approved,
                CreatedBy = "analyst", CreatedAtUtc = DateTime.UtcNow, ApprovedBy = "analyst", ApprovedAtUtc = DateTime.UtcNow,
                EntryStageDate = new DateOnly(2025, 10, 1), InterimStageDate = new DateOnly(2026, 2, 1), FinalStageDate = new DateOnly(2026, 5, 1),
            };
            db.TargetLists.Add(list);
            await db.SaveChangesAsync();
            foreach (var code in new[] { "S011", "S021" })
                db.TargetListSchools.Add(new TargetListSchool { TargetListId = list.Id, SchoolId = await db.Schools.Where(s => s.Code == code).Select(s => s.Id).SingleAsync(), Basis = TargetBasis.LowResults });
            await db.SaveChangesAsync();
        }

        public Task DisposeAsync() => Web.DisposeAsync();
    }

    private static string Email(string role) => TestRegion.User(role).Email;

    [Fact]
    public async Task The_leader_fills_the_profile_over_the_api_and_others_read_it_within_their_scope()
    {
        using var leader = await app.Web.BearerAsync(Email(Roles.SchoolLeader));
        var factors = await leader.GetFromJsonAsync<JsonElement>("/api/support/risk-factors");
        Assert.Equal(11, factors.GetArrayLength());
        var question = factors[0].GetProperty("questions")[0].GetProperty("id").GetInt32();

        using var saved = await leader.PutAsJsonAsync("/api/support/schools/S011/risk-profile/answers", new { year = 2025, answers = new[] { new { questionId = question, value = 4 } } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var bad = await leader.PutAsJsonAsync("/api/support/schools/S011/risk-profile/answers", new { year = 2025, answers = new[] { new { questionId = question, value = 7 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("от 1 до 4", await bad.Content.ReadAsStringAsync());
        using var tooMany = await leader.PutAsJsonAsync("/api/support/schools/S011/risk-profile/priorities",
            new { year = 2025, factors = new[] { RiskReferenceData.Equipment, RiskReferenceData.Staffing, RiskReferenceData.Motivation, RiskReferenceData.Adaptivity } });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        using var refresh = await leader.PostAsJsonAsync("/api/support/schools/S011/risk-profile/refresh", new { year = 2025 });
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/api/support/schools/S021/risk-profile?year=2025")).StatusCode);

        using var curator = await app.Web.BearerAsync(Email(Roles.Curator));
        var read = await curator.GetFromJsonAsync<JsonElement>("/api/support/schools/S011/risk-profile");
        Assert.Equal(2025, read.GetProperty("year").GetInt32());
        Assert.False(read.GetProperty("canEdit").GetBoolean());
        Assert.Equal("High", read.GetProperty("factors")[0].GetProperty("selfLevel").GetString());
        using var forbidden = await curator.PostAsJsonAsync("/api/support/schools/S011/risk-profile/submit", new { year = 2025 });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var officer = await app.Web.BearerAsync(Email(Roles.MunicipalOfficer));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/support/schools/S011/risk-profile?year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/support/schools/S021/risk-profile?year=2025")).StatusCode);
        using var officerWrite = await officer.PutAsJsonAsync("/api/support/schools/S011/risk-profile/answers", new { year = 2025, answers = new[] { new { questionId = question, value = 1 } } });
        Assert.Equal(HttpStatusCode.Forbidden, officerWrite.StatusCode);
    }

    [Fact]
    public async Task Only_those_who_manage_support_run_the_system_indicator_update_on_its_own()
    {
        using var analyst = await app.Web.BearerAsync(Email(Roles.RegionAnalyst));
        using var run = await analyst.PostAsync("/api/support/indicators/update", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(0, (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());

        using var leader = await app.Web.BearerAsync(Email(Roles.SchoolLeader));
        using var refused = await leader.PostAsync("/api/support/indicators/update", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_panel_shows_the_leader_the_questionnaire_and_a_reader_only_the_table()
    {
        using var leader = await app.Web.CookieAsync(Email(Roles.SchoolLeader));
        var page = await leader.GetStringAsync("/support/schools/S011?tab=risk");
        Assert.Contains("id=\"risk-table\"", page);
        Assert.Contains("Высокая доля обучающихся с ОВЗ", page);
        Assert.Contains("id=\"answer-1-4\"", page);
        Assert.Contains("скорее нет", page);
        Assert.Contains("id=\"save-answers\"", page);
        Assert.Contains($"id=\"priority-{RiskReferenceData.Equipment}\"", page);
        Assert.Contains("id=\"submit-profile\"", page);
        // Every school of the test region has the same ОВЗ share, 2 %: all tie at the top of the region.
        Assert.Contains("доля обучающихся с ОВЗ, %: порог высокого уровня в регионе: 2", page);
        Assert.Contains("доля обучающихся с ОВЗ, %: процентиль школы в регионе: 1", page);

        using var officer = await app.Web.CookieAsync(Email(Roles.MunicipalOfficer));
        var read = await officer.GetStringAsync("/support/schools/S011?tab=risk");
        Assert.Contains("id=\"risk-table\"", read);
        Assert.DoesNotContain("id=\"save-answers\"", read);
        Assert.DoesNotContain("id=\"answer-1-4\"", read);
    }
}
