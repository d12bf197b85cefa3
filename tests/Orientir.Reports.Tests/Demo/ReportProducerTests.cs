using Microsoft.EntityFrameworkCore;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;

namespace Orientir.Reports.Tests.Demo;

[Collection(DemoRegionCollection.Name)]
public sealed class ReportProducerTests(DemoRegionFixture demo)
{
    [Fact]
    public async Task Every_export_is_audited_and_a_school_out_of_scope_is_not_found()
    {
        await using var db = demo.Database.CreateContext();
        var schools = await db.Schools.OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.MunicipalityId }).ToListAsync();
        var own = schools[0];
        var other = schools.First(s => s.MunicipalityId != own.MunicipalityId);
        var producer = new ReportProducer(new PdfPrinter(chromiumPath: null));
        var director = new ReportContext(db, AccessScope.Schools(Roles.SchoolLeader, [own.Id]), "director@demo", TimeProvider.System);

        var mine = await producer.ProduceAsync(director, new ReportRequest(ReportLevel.School, own.Code, DemoRegionFixture.Year), ReportFormat.Html);
        var theirs = await producer.ProduceAsync(director, new ReportRequest(ReportLevel.School, other.Code, DemoRegionFixture.Year), ReportFormat.Html);
        var region = await producer.ProduceAsync(director, new ReportRequest(ReportLevel.Region, null, DemoRegionFixture.Year), ReportFormat.Xlsx);

        Assert.True(mine.Succeeded);
        Assert.Equal($"report-school-{own.Code}-2025.html", mine.File!.FileName);
        Assert.Equal(ReportProducer.NotFound, theirs.Problem);
        Assert.Equal(ReportProducer.NotFound, region.Problem);
        var audit = await db.Audit.Where(a => a.Action == ReportAudit.Action).ToListAsync();
        var entry = Assert.Single(audit, a => a.UserName == "director@demo");
        Assert.Contains($"code={own.Code}", entry.Details);
    }

    [Fact]
    public async Task Without_Chromium_a_pdf_says_what_to_install_and_the_other_forms_still_work()
    {
        await using var db = demo.Database.CreateContext();
        var producer = new ReportProducer(new PdfPrinter(chromiumPath: null));
        var request = new ReportRequest(ReportLevel.Region, null, DemoRegionFixture.Year);

        var pdf = await producer.ProduceAsync(demo.RegionContext(db), request, ReportFormat.Pdf);
        var xlsx = await producer.ProduceAsync(demo.RegionContext(db), request, ReportFormat.Xlsx);

        Assert.Equal(ChromiumLocator.MissingMessage, pdf.Problem);
        Assert.True(xlsx.Succeeded);
        Assert.Equal("report-region-2025.xlsx", xlsx.File!.FileName);
    }
}
