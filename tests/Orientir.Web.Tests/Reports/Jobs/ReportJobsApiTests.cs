using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Reports;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Orientir.Web.Access;
using Orientir.Web.Reports.Jobs;
using Orientir.Web.Tests.Infrastructure;
using static Orientir.Web.Tests.Reports.Jobs.ReportsWebApp;

namespace Orientir.Web.Tests.Reports.Jobs;

/// <summary>/api/reports over the test region: ordering, following and downloading a report, and the scope of each role.</summary>
[Collection(ReportsWebApp.Name)]
public class ReportJobsApiTests(WebAppFixture app)
{
    private const string Gymnasium = "S011";

    [Fact]
    public async Task An_ordered_school_report_is_produced_in_the_background_and_downloaded_as_excel_and_html()
    {
        using var analyst = await app.BearerAsync(Analyst);

        var excel = await ProduceAsync(analyst, "school", Gymnasium, 2025, "xlsx");
        Assert.Equal((ReportJobState.Succeeded, 100), (excel.State, excel.Percent));
        Assert.Equal(TestRegion.SchoolNames[Gymnasium], excel.ObjectName);
        using var workbook = await analyst.GetAsync($"/api/reports/jobs/{excel.Id}/file");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        var bytes = await workbook.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.Equal(excel.Size, bytes.Length);
        Assert.Equal("report-school-S011-2025.xlsx", workbook.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var html = await ProduceAsync(analyst, "School", Gymnasium, 2025, "HTML");
        using var page = await analyst.GetAsync($"/api/reports/jobs/{html.Id}/file");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains(TestRegion.SchoolNames[Gymnasium], Encoding.UTF8.GetString(await page.Content.ReadAsByteArrayAsync()));

        var mine = await analyst.GetFromJsonAsync<List<ReportJobView>>("/api/reports/jobs", Json);
        Assert.Equal([html.Id, excel.Id], mine!.Where(j => j.Id == html.Id || j.Id == excel.Id).Select(j => j.Id));
    }

    [Fact]
    public async Task Each_produced_report_is_written_to_the_audit_log()
    {
        using var analyst = await app.BearerAsync(Analyst);
        var job = await ProduceAsync(analyst, "municipality", "M02", 2025, "xlsx");
        Assert.Equal(ReportJobState.Succeeded, job.State);

        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var entries = await db.Audit.Where(a => a.Action == ReportAudit.Action && a.UserName == Analyst).Select(a => a.Details).ToListAsync();
        Assert.Contains(entries, d => d.Contains("level=municipality code=M02 year=2025 format=xlsx"));
    }

    [Fact]
    public async Task Another_users_job_and_its_file_do_not_exist_for_them()
    {
        using var analyst = await app.BearerAsync(Analyst);
        var job = await ProduceAsync(analyst, "region", null, 2025, "html");
        using var methodologist = await app.BearerAsync(Methodologist);

        Assert.Equal(HttpStatusCode.NotFound, (await methodologist.GetAsync($"/api/reports/jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await methodologist.GetAsync($"/api/reports/jobs/{job.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await methodologist.DeleteAsync($"/api/reports/jobs/{job.Id}")).StatusCode);
        Assert.DoesNotContain(await methodologist.GetFromJsonAsync<List<ReportJobView>>("/api/reports/jobs", Json) ?? [], j => j.Id == job.Id);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/reports/jobs/{job.Id}/file")).StatusCode);
    }

    [Fact]
    public async Task The_owner_removes_a_finished_job_from_the_list()
    {
        using var analyst = await app.BearerAsync(Analyst);
        var job = await ProduceAsync(analyst, "school", "S022", 2025, "html");

        using var removed = await analyst.DeleteAsync($"/api/reports/jobs/{job.Id}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/reports/jobs/{job.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_director_reports_on_their_school_only()
    {
        using var director = await app.BearerAsync(Director);

        using var other = await OrderAsync(director, "school", "S012", 2025, "xlsx");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("Школа не найдена", await ProblemTitleAsync(other));
        using var municipality = await OrderAsync(director, "municipality", "M01", 2025, "xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, municipality.StatusCode);
        Assert.Equal(ReportJobState.Succeeded, (await ProduceAsync(director, "school", Gymnasium, 2025, "html")).State);
    }

    [Fact]
    public async Task An_officer_is_refused_the_region_report_and_does_not_find_another_municipality()
    {
        using var officer = await app.BearerAsync(Officer);

        using var region = await OrderAsync(officer, "region", null, 2025, "xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, region.StatusCode);
        Assert.Equal("Отчёт недоступен", await ProblemTitleAsync(region));
        using var other = await OrderAsync(officer, "municipality", "M02", 2025, "xlsx");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var school = await OrderAsync(officer, "school", "S021", 2025, "xlsx");
        Assert.Equal(HttpStatusCode.NotFound, school.StatusCode);
        Assert.Equal(ReportJobState.Succeeded, (await ProduceAsync(officer, "municipality", "M01", 2025, "xlsx")).State);
    }

    [Theory]
    [InlineData("district", "S011", 2025, "xlsx", HttpStatusCode.BadRequest, "Данные не приняты")]
    [InlineData("school", "S011", 2025, "doc", HttpStatusCode.BadRequest, "Данные не приняты")]
    [InlineData("1", "S011", 2025, "xlsx", HttpStatusCode.BadRequest, "Данные не приняты")]
    [InlineData("school", " ", 2025, "xlsx", HttpStatusCode.BadRequest, "Данные не приняты")]
    [InlineData("school", "S011", null, "xlsx", HttpStatusCode.BadRequest, "Данные не приняты")]
    [InlineData("school", "S999", 2025, "xlsx", HttpStatusCode.NotFound, "Школа не найдена")]
    [InlineData("school", "S011", 1999, "xlsx", HttpStatusCode.NotFound, "Нет данных за 1999 год")]
    public async Task An_order_that_cannot_be_built_is_refused_before_it_is_queued(string level, string code, int? year, string format,
        HttpStatusCode status, string title)
    {
        using var analyst = await app.BearerAsync(Analyst);

        using var response = await OrderAsync(analyst, level, code, year, format);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(title, await ProblemTitleAsync(response));
    }

    [Fact]
    public async Task A_pdf_order_without_chromium_says_what_to_install()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var analystId = await db.Users.Where(u => u.Email == Analyst).Select(u => u.Id).SingleAsync();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, analystId), new Claim(ClaimTypes.Name, Analyst)], "test"));
        var orders = new ReportOrders(scope.ServiceProvider.GetRequiredService<ScopedQueries>(), new ReportJobs(TimeProvider.System), new PdfPrinter(null));

        var outcome = await orders.SubmitAsync(user, new ReportOrder("school", Gymnasium, 2025, "pdf"));

        Assert.Null(outcome.Job);
        Assert.Equal((503, ChromiumLocator.MissingMessage), (outcome.Problem!.Status, outcome.Problem.Detail));
        Assert.NotNull((await orders.SubmitAsync(user, new ReportOrder("school", Gymnasium, 2025, "xlsx"))).Job);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_report_endpoints_in_russian()
    {
        using var anonymous = app.Anonymous();

        var text = await anonymous.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/reports\"", text);
        Assert.Contains("/api/reports/jobs/{id}/file", text);
        Assert.Contains("Мои заказанные отчёты, новые первыми", text);
    }

    [Fact]
    public async Task The_jobs_need_a_signed_in_user()
    {
        using var anonymous = app.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reports/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OrderAsync(anonymous, "region", null, 2025, "xlsx")).StatusCode);
    }
}
