using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Web.Staff.Dashboards;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Staff.Dashboards;

public class StaffViewsApiTests(StaffViewsApp fixture) : IClassFixture<StaffViewsApp>
{
    private static string Email(string role) => TestRegion.User(role).Email;

    [Fact]
    public async Task The_summary_counts_the_scopes_teachers_and_a_municipality_out_of_scope_is_404()
    {
        using var methodologist = await fixture.App.BearerAsync(Email(Roles.Methodologist));
        using var region = JsonDocument.Parse(await methodologist.GetStringAsync("/api/staff/summary"));
        Assert.Equal(2025, region.RootElement.GetProperty("year").GetInt32());
        var figures = region.RootElement.GetProperty("figures");
        Assert.Equal(5, figures.GetProperty("teachers").GetInt32());
        Assert.Equal(4, figures.GetProperty("teachersWithDeficit").GetInt32());
        Assert.Equal(2, region.RootElement.GetProperty("units").GetArrayLength());

        using var officer = await fixture.App.BearerAsync(Email(Roles.MunicipalOfficer));
        using var own = JsonDocument.Parse(await officer.GetStringAsync("/api/staff/summary?year=2025"));
        Assert.Equal(4, own.RootElement.GetProperty("figures").GetProperty("teachers").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/staff/summary?municipality=M02")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/staff/schools/S021/teachers")).StatusCode);
        using var school = JsonDocument.Parse(await officer.GetStringAsync("/api/staff/schools/S012/teachers"));
        Assert.Equal(2, school.RootElement.GetProperty("teachers").GetArrayLength());
    }

    [Fact]
    public async Task A_teacher_gets_their_own_record_and_404_for_a_colleague()
    {
        using var teacher = await fixture.App.BearerAsync(Email(Roles.Teacher));
        using var me = JsonDocument.Parse(await teacher.GetStringAsync("/api/staff/me"));
        Assert.Equal("C012", me.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/api/staff/teachers/C012")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/api/staff/teachers/D012")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/api/staff/schools/S012/teachers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/api/staff/summary")).StatusCode);

        using var director = await fixture.App.BearerAsync(Email(Roles.SchoolLeader));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/api/staff/teachers/C012")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync("/api/staff/me")).StatusCode);
    }

    [Fact]
    public async Task Only_a_manager_may_recompute_the_deficits()
    {
        using var analyst = await fixture.App.BearerAsync(Email(Roles.RegionAnalyst));
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/api/staff/measurements/recompute", null)).StatusCode);
        using var methodologist = await fixture.App.BearerAsync(Email(Roles.Methodologist));
        using var response = await methodologist.PostAsync("/api/staff/measurements/recompute", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("changed").GetInt32() >= 0);
    }

    [Fact]
    public async Task The_export_is_a_workbook_of_the_scope_and_is_audited()
    {
        using var officer = await fixture.App.BearerAsync(Email(Roles.MunicipalOfficer));
        using var response = await officer.GetAsync("/api/staff/export?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaffExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([StaffExport.TotalsSheet, StaffExport.CompetencesSheet, StaffExport.SkillsSheet, StaffExport.SchoolsSheet],
            MiniExcel.GetSheetNames(stream));
        var totals = stream.Query(useHeaderRow: true, sheetName: StaffExport.TotalsSheet).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(4.0, Convert.ToDouble(totals["Педагогов"]));
        Assert.Equal(3.0, Convert.ToDouble(totals["С дефицитом"]));
        var schools = stream.Query(useHeaderRow: true, sheetName: StaffExport.SchoolsSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["S011", "S012"], schools.Select(r => r["Код"]?.ToString()));

        await using var scope = fixture.App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == StaffExport.AuditAction && a.UserName == Email(Roles.MunicipalOfficer)));
    }
}
