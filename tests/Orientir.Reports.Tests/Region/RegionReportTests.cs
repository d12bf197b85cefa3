using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Domain.Access;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;
using Orientir.Reports.Region;
using Orientir.Reports.Rendering;
using Orientir.Reports.Tests.Demo;
using Orientir.Reports.Tests.Municipality;

using Orientir.Reports.Tests.Printing;

namespace Orientir.Reports.Tests.Region;

[Collection(DemoRegionCollection.Name)]
public sealed class RegionReportTests(DemoRegionFixture demo)
{
    private const int Year = DemoRegionFixture.Year;

    [Fact]
    public async Task Every_municipality_is_compared_with_the_numbers_of_the_indicator_queries()
    {
        await using var db = demo.Database.CreateContext();
        var context = demo.RegionContext(db);
        var stages = new List<ReportProgress>();

        var report = await RegionReport.BuildAsync(new ReportContext(db, context.Scope, context.User, context.Time, new Collect(stages)), Year, CancellationToken.None);

        Assert.NotNull(report);
        var sets = await context.Indicators.YearAsync(Year);
        Assert.NotEmpty(sets);
        var municipalities = await db.Municipalities.Select(m => m.Name).ToListAsync();
        foreach (var set in sets)
        {
            var table = Assert.Single(report.Tables, t => t.Sheet == AreaText.Sheet("МО", set.Design.Code));
            Assert.Equal(set.Municipalities.Count + 1, table.Rows.Count);
            var gap = table.Columns.Select(c => c.Header).ToList().IndexOf(GroupComparison.GapHeader);
            Assert.Equal(municipalities.Order(), set.Municipalities.Select(m => m.Name).Order());
            foreach (var municipality in set.Municipalities)
            {
                var row = Assert.Single(table.Rows, r => (string?)r[0] == municipality.Name);
                Assert.Equal(municipality.Indicators.Participants, row[1]);
                var fail = municipality.Indicators.Status == GroupStatus.Suppressed ? null : AreaText.FailShare(set.Design, municipality.Indicators);
                Assert.Equal(fail, row[4]);
                Assert.Equal(fail is { } f ? GroupComparison.Gap(f, AreaText.FailShare(set.Design, set.Region.Indicators)!.Value) : null, row[gap]);
            }
            var region = table.Rows[^1];
            Assert.Equal("Регион", region[0]);
            Assert.Equal(set.Region.Indicators.Participants, region[1]);
            Assert.Equal(set.Schools.Count, region[2]);
        }

        var run = (await context.Lists.RunAsync(Year))!;
        var rows = await context.Lists.RowsAsync(run.Id);
        var counts = Assert.Single(report.Tables, t => t.Sheet == "Списки по МО");
        Assert.Equal(municipalities.Count + 1, counts.Rows.Count);
        Assert.Equal(new object?[] { "Регион", rows.Count, rows.Count(r => r.LowResults), rows.Count(r => r.Unfavourable), rows.Count(r => r.Resilient), rows.Count(r => r.NonObjective) },
            counts.Rows[^1]);
        Assert.Equal(rows.Count(r => r.LowResults), report.Tables.SingleOrDefault(t => t.Sheet == "ШНОР")?.Rows.Count ?? 0);
        Assert.Equal(rows.Count(r => r.NonObjective), report.Tables.SingleOrDefault(t => t.Sheet == "Необъективность")?.Rows.Count ?? 0);
        Assert.Equal(report.Tables.Count(), report.Tables.Select(t => t.Sheet).Distinct().Count());
        Assert.Contains(stages, s => s.Stage == "Муниципалитеты");
        Assert.Equal(("Текст отчёта", RegionData.Steps), (stages[^1].Stage, stages[^1].Done));
    }

    [Fact]
    public async Task A_municipal_officer_gets_no_region_report()
    {
        await using var db = demo.Database.CreateContext();
        var id = await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Id).FirstAsync();
        var officer = new ReportContext(db, AccessScope.Municipality(Roles.MunicipalOfficer, id), "officer@demo", TimeProvider.System);

        Assert.Null(await RegionReport.BuildAsync(officer, Year, CancellationToken.None));
    }

    [Fact]
    public async Task The_printed_region_report_names_every_municipality_with_Russian_numbers()
    {
        await using var db = demo.Database.CreateContext();
        var context = demo.RegionContext(db);
        var report = (await RegionReport.BuildAsync(context, Year, CancellationToken.None))!;
        var names = await db.Municipalities.Select(m => m.Name).ToListAsync();
        var set = (await context.Indicators.YearAsync(Year))[0];
        var share = ReportHtml.Cell(AreaText.FailShare(set.Design, set.Region.Indicators), CellFormat.Percent);

        var printed = await Poppler.PrintAsync(report, "region");

        if (printed is null) return;
        Assert.InRange(printed.Pages, 10, 40);
        Poppler.AssertEveryPageRendered(printed);
        Assert.Contains("Региональный аналитический отчёт", printed.PageTexts[0]);
        Assert.All(names, name => Assert.Contains(name, printed.Text));
        Assert.Contains(share, printed.Text);
        Assert.Contains("Списки школ", printed.Text);
    }

    private sealed class Collect(List<ReportProgress> stages) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => stages.Add(value);
    }
}
