using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Support;
using Orientir.Web.Support.Monitoring;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Monitoring;

public class MonitoringApiTests(MonitoringApp fixture) : IClassFixture<MonitoringApp>
{
    private static string Email(string role) => TestRegion.User(role).Email;

    [Fact]
    public async Task A_municipal_officer_cannot_run_the_job_and_an_analyst_s_run_marks_the_measure_overdue_and_tells_the_director()
    {
        using var officer = await fixture.App.BearerAsync(Email(Roles.MunicipalOfficer));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/support/monitoring/run", null)).StatusCode);

        using var analyst = await fixture.App.BearerAsync(Email(Roles.RegionAnalyst));
        using var run = await analyst.PostAsync("/api/support/monitoring/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);

        await using (var scope = fixture.App.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
            Assert.Equal(MeasureStatus.Overdue, await db.SupportMeasures.Where(m => m.Title == MonitoringApp.PastDueMeasure).Select(m => m.Status).SingleAsync());
            Assert.Equal(2, await db.MonitoringSnapshots.CountAsync(s => s.Stage == MonitoringStage.Entry));
        }

        using var director = await fixture.App.BearerAsync(Email(Roles.SchoolLeader));
        var notifications = await director.GetFromJsonAsync<JsonElement>("/api/support/notifications");
        var item = notifications.GetProperty("items").EnumerateArray().Single();
        Assert.Contains(MonitoringApp.PastDueMeasure, item.GetProperty("text").GetString());
        using var teacher = await fixture.App.BearerAsync(Email(Roles.Teacher));
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.PostAsync($"/api/support/notifications/{item.GetProperty("id").GetInt64()}/read", null)).StatusCode);
    }

    [Fact]
    public async Task The_progress_is_scoped_and_a_municipal_officer_does_not_reach_another_municipality_s_programme()
    {
        using var officer = await fixture.App.BearerAsync(Email(Roles.MunicipalOfficer));
        var progress = await officer.GetFromJsonAsync<JsonElement>("/api/support/progress");
        Assert.Equal(["S011"], progress.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/support/municipalities/M01/programme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/support/municipalities/M02/programme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/support/schools/S021/monitoring")).StatusCode);

        var monitoring = await officer.GetFromJsonAsync<JsonElement>("/api/support/schools/S011/monitoring?year=2025");
        Assert.Equal(2, monitoring.GetProperty("measures").GetArrayLength());
        Assert.True(monitoring.GetProperty("indicators")[0].GetProperty("onTrack").GetBoolean());
    }

    [Fact]
    public async Task The_export_is_a_workbook_of_schools_and_municipalities_in_the_scope_and_is_audited()
    {
        using var analyst = await fixture.App.BearerAsync(Email(Roles.RegionAnalyst));
        using var response = await analyst.GetAsync("/api/support/progress/export.xlsx?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ProgressExport.ContentType, response.Content.Headers.ContentType?.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([ProgressExport.SchoolsSheet, ProgressExport.MunicipalitiesSheet], MiniExcel.GetSheetNames(stream));
        var schools = stream.Query(useHeaderRow: true, sheetName: ProgressExport.SchoolsSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["S011", "S021"], schools.Select(r => r["Код"]?.ToString()));
        Assert.Equal(TestRegion.SchoolNames["S011"], schools[0]["Наименование"]);
        Assert.Equal(1.0, Convert.ToDouble(schools[0]["Документов утверждено"]));
        var municipalities = stream.Query(useHeaderRow: true, sheetName: ProgressExport.MunicipalitiesSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["M01", "M02"], municipalities.Select(r => r["Код"]?.ToString()));

        await using var scope = fixture.App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == ProgressExport.AuditAction && a.UserName == Email(Roles.RegionAnalyst)));
    }
}
