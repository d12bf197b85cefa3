using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Access;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;
using Orientir.Reports.Municipality;
using Orientir.Reports.Rendering;
using Orientir.Reports.Tests.Demo;

using Orientir.Reports.Tests.Printing;

namespace Orientir.Reports.Tests.Municipality;

[Collection(DemoRegionCollection.Name)]
public sealed class MunicipalityReportTests(DemoRegionFixture demo)
{
    private const int Year = DemoRegionFixture.Year;

    [Fact]
    public async Task The_report_holds_the_municipality_numbers_of_the_indicator_and_list_queries()
    {
        await using var db = demo.Database.CreateContext();
        var context = demo.RegionContext(db);
        var code = await FirstMunicipalityAsync(db);

        var report = await MunicipalityReport.BuildAsync(context, code, Year, CancellationToken.None);

        Assert.NotNull(report);
        var sets = await context.Indicators.YearAsync(Year);
        var findings = Table(report, "Выводы");
        var participation = Table(report, "Участие");
        var own = sets.Select(s => (s.Design, Group: s.Municipalities.Single(m => m.Code == code), s.Region)).ToList();
        Assert.Equal(own.Count, findings.Rows.Count);
        for (var i = 0; i < own.Count; i++)
        {
            var (design, group, region) = own[i];
            Assert.Equal(AreaText.ProcedureTitle(design), findings.Rows[i][0]);
            Assert.Equal(group.Indicators.Participants, findings.Rows[i][1]);
            Assert.Equal(AreaText.FailShare(design, group.Indicators), findings.Rows[i][3]);
            Assert.Equal(AreaText.FailShare(design, region.Indicators), findings.Rows[i][4]);
            Assert.Equal(group.Indicators.Participants, participation.Rows[i][2]);

            // The schools compared: every school of the municipality with works, its participants and share of «2».
            var schools = Table(report, AreaText.Sheet("Школы", design.Code));
            var registry = await db.Schools.Where(s => s.Municipality!.Code == code).Select(s => s.Code).ToListAsync();
            var expected = sets[i].Schools.Where(s => registry.Contains(s.Code)).ToList();
            Assert.Equal(expected.Count + 2, schools.Rows.Count);
            foreach (var school in expected)
            {
                var row = Assert.Single(schools.Rows, r => (string?)r[0] == school.Name);
                Assert.Equal(school.Indicators.Participants, row[1]);
                var fail = school.Indicators.Status == GroupStatus.Suppressed ? null : AreaText.FailShare(design, school.Indicators);
                Assert.Equal(fail, row[3]);
            }
        }

        var run = (await context.Lists.RunAsync(Year))!;
        var rows = (await context.Lists.RowsAsync(run.Id)).Where(r => r.MunicipalityCode == code).ToList();
        Assert.Equal(rows.Count(r => r.LowResults), ListRows(report, "ШНОР"));
        Assert.Equal(rows.Count(r => r.Unfavourable), ListRows(report, "ШНСУ"));
        Assert.Equal(rows.Count(r => r.Resilient), ListRows(report, "Резильентные"));
        Assert.Equal(rows.Count(r => r.NonObjective), ListRows(report, "Необъективность"));
        Assert.Equal(rows.Count, Table(report, "Школы — эффект").Rows.Count);
        Assert.Contains(report.Sections, s => s.Heading == "Адресная поддержка");
        Assert.Contains(report.Sections, s => s.Heading == RecommendationsSection.Heading);
    }

    [Fact]
    public async Task An_officer_of_another_municipality_gets_no_report_and_their_own_shows_the_same_numbers()
    {
        await using var db = demo.Database.CreateContext();
        var municipalities = await db.Municipalities.OrderBy(m => m.Code).Select(m => new { m.Id, m.Code }).ToListAsync();
        var officer = new ReportContext(db, AccessScope.Municipality(Roles.MunicipalOfficer, municipalities[1].Id), "officer@demo", TimeProvider.System);

        var theirs = await MunicipalityReport.BuildAsync(officer, municipalities[0].Code, Year, CancellationToken.None);
        var own = await MunicipalityReport.BuildAsync(officer, municipalities[1].Code, Year, CancellationToken.None);
        var asRegion = await MunicipalityReport.BuildAsync(demo.RegionContext(db), municipalities[1].Code, Year, CancellationToken.None);

        Assert.Null(theirs);
        Assert.NotNull(own);
        Assert.Equal(Table(asRegion!, "Выводы").Rows, Table(own, "Выводы").Rows);
        Assert.Equal(Table(asRegion!, "ШНОР").Rows.Count, Table(own, "ШНОР").Rows.Count);
    }

    [Fact]
    public async Task The_printed_report_names_its_municipality_and_schools_with_Russian_numbers()
    {
        await using var db = demo.Database.CreateContext();
        var context = demo.RegionContext(db);
        var code = await FirstMunicipalityAsync(db);
        var report = (await MunicipalityReport.BuildAsync(context, code, Year, CancellationToken.None))!;
        var name = await db.Municipalities.Where(m => m.Code == code).Select(m => m.Name).SingleAsync();
        var sets = await context.Indicators.YearAsync(Year);
        var first = sets[0].Municipalities.Single(m => m.Code == code);
        var share = ReportHtml.Cell(AreaText.FailShare(sets[0].Design, first.Indicators), CellFormat.Percent);

        var printed = await Poppler.PrintAsync(report, $"municipality-{code}");

        if (printed is null) return;
        Assert.InRange(printed.Pages, 15, 60);
        Poppler.AssertEveryPageRendered(printed);
        Assert.Contains(name, printed.PageTexts[0]);
        Assert.Contains("Основные выводы", printed.Text);
        Assert.Contains("Школы муниципалитета", printed.Text);
        Assert.Contains(share, printed.Text);
        Assert.Matches(@"\d,\d\s%", printed.Text);
    }

    private static async Task<string> FirstMunicipalityAsync(Orientir.Data.Database.OrientirDbContext db) =>
        await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Code).FirstAsync();

    private static TableBlock Table(Report report, string sheet) => Assert.Single(report.Tables, t => t.Sheet == sheet);

    private static int ListRows(Report report, string sheet) => report.Tables.SingleOrDefault(t => t.Sheet == sheet)?.Rows.Count ?? 0;
}
