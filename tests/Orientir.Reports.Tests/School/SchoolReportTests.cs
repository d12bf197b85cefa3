using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Results;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Orientir.Reports.Rendering;
using Orientir.Reports.School;
using Orientir.Reports.Sections;
using Orientir.Reports.Tests.Demo;

using Orientir.Reports.Tests.Printing;

namespace Orientir.Reports.Tests.School;

/// <summary>
/// The school report of a demo school with works in 2025 and a raised marker: its tables hold the numbers the scoped
/// indicator queries give, every section has content, and the printed PDF reads back as a report of sensible length.
/// </summary>
[Collection(DemoRegionCollection.Name)]
public sealed class SchoolReportTests(DemoRegionFixture demo)
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    [Fact]
    public async Task The_tables_hold_the_numbers_of_the_indicator_queries_for_the_school_its_municipality_and_the_region()
    {
        await using var db = demo.Database.CreateContext();
        var code = await MarkedSchoolAsync(db);
        var context = demo.RegionContext(db);

        var report = await SchoolReport.BuildAsync(context, code, DemoRegionFixture.Year, CancellationToken.None);

        Assert.NotNull(report);
        var sets = await context.Indicators.YearAsync(DemoRegionFixture.Year);
        var municipalityCode = await db.Schools.Where(s => s.Code == code).Select(s => s.Municipality!.Code).SingleAsync();
        var checkedProcedures = 0;
        foreach (var set in sets)
        {
            if (set.Schools.FirstOrDefault(s => s.Code == code) is not { } school) continue;
            var municipality = set.Municipalities.Single(m => m.Code == municipalityCode);
            var table = Assert.Single(report.Tables, t => t.Sheet == SectionText.Sheet("Показатели", set.Design.Code));
            var expected = new[] { school, municipality, set.Region };
            Assert.Equal(expected.Length, table.Rows.Count);
            for (var i = 0; i < expected.Length; i++)
            {
                var indicators = expected[i].Indicators;
                Assert.Equal(indicators.Participants, table.Rows[i][1]);
                if (indicators.Status == GroupStatus.Suppressed) continue;
                Assert.Equal(indicators.MeanPercent, table.Rows[i][3]);
                if (set.Design.Thresholds is not null) Assert.Equal(indicators.Marks?.Two, table.Rows[i][6]);
            }
            var participation = Assert.Single(report.Tables, t => t.Sheet == "Участие");
            Assert.Contains(participation.Rows, r => Equals(r[1], set.Design.Code) && Equals(r[2], school.Indicators.Participants)
                && Equals(r[3], municipality.Indicators.Participants) && Equals(r[4], set.Region.Indicators.Participants));
            checkedProcedures++;
        }
        Assert.True(checkedProcedures >= 2, $"the school took part in {checkedProcedures} procedure(s)");

        Assert.Equal(["Основные выводы", "Участие", "Результаты процедур", "Контекстный эффект", "Признаки необъективности", "Динамика", "Адресные рекомендации"],
            report.Sections.Select(s => s.Heading));
        Assert.All(report.Sections, s => Assert.NotEmpty(s.Blocks));
        var markers = Assert.Single(report.Tables, t => t.Sheet == "Необъективность");
        Assert.Contains(markers.Rows, r => Equals(r[2], "выявлен"));
        Assert.Equal(report.Tables.Count(), report.Tables.Select(t => t.Sheet).Distinct().Count());
        Assert.All(report.Tables, t => Assert.InRange(t.Sheet.Length, 1, 31));
        Assert.True(ReportWorkbook.Render(report).Length > 1_000, "every table becomes a sheet of the workbook");
    }

    [Fact]
    public async Task A_school_outside_a_directors_scope_has_no_report()
    {
        await using var db = demo.Database.CreateContext();
        var schools = await db.Schools.OrderBy(s => s.Code).Select(s => new { s.Id, s.Code }).ToListAsync();
        var director = new ReportContext(db, AccessScope.Schools(Roles.SchoolLeader, [schools[0].Id]), "director@demo", TimeProvider.System);

        var own = await SchoolReport.BuildAsync(director, schools[0].Code, DemoRegionFixture.Year, CancellationToken.None);
        var other = await SchoolReport.BuildAsync(director, schools[1].Code, DemoRegionFixture.Year, CancellationToken.None);

        Assert.NotNull(own);
        Assert.Null(other);
    }

    [Fact]
    public async Task The_place_among_comparable_schools_is_ranked_in_the_region_and_not_among_a_directors_single_school()
    {
        await using var db = demo.Database.CreateContext();
        var code = await MarkedSchoolAsync(db);
        var id = await demo.SchoolIdAsync(db, code);
        var regionContext = demo.RegionContext(db);
        var run = (await regionContext.Lists.RunAsync(DemoRegionFixture.Year))!;
        var rows = await regionContext.Lists.RowsAsync(run.Id);
        var own = rows.Single(r => r.Code == code);
        var peers = rows.Where(r => r.Cluster == own.Cluster && r.LevelEffect is not null).ToList();
        var director = new ReportContext(db, AccessScope.Schools(Roles.SchoolLeader, [id]), "director@demo", TimeProvider.System);

        var analyst = await SchoolReport.BuildAsync(regionContext, code, DemoRegionFixture.Year, CancellationToken.None);
        var directors = await SchoolReport.BuildAsync(director, code, DemoRegionFixture.Year, CancellationToken.None);

        Assert.Equal($"{1 + peers.Count(p => p.LevelEffect > own.LevelEffect)} из {peers.Count}", Place(analyst!));
        Assert.Equal("—", Place(directors!));
    }

    [Fact]
    public async Task The_printed_report_names_the_school_and_shows_its_figures_in_Russian_format()
    {
        await using var db = demo.Database.CreateContext();
        var code = await MarkedSchoolAsync(db);
        var progress = new List<ReportProgress>();
        var report = await SchoolReport.BuildAsync(demo.RegionContext(db, new SyncProgress(progress)), code, DemoRegionFixture.Year, CancellationToken.None);
        Assert.NotNull(report);

        var printed = await Poppler.PrintAsync(report, "school-report-page");

        if (printed is null) return;
        Assert.InRange(printed.Pages, 8, 40);
        Poppler.AssertEveryPageRendered(printed);
        var text = Regex.Replace(printed.Text, @"\s+", " ");
        var name = await db.Schools.Where(s => s.Code == code).Select(s => s.Name).SingleAsync();
        Assert.Contains(name, printed.PageTexts[0]);
        var key = report.Tables.First(t => t.Sheet.StartsWith("Показатели", StringComparison.Ordinal));
        Assert.Matches($@"(^| ){Regex.Escape(((int)key.Rows[0][1]!).ToString("#,0", Russian))} ", text);
        var task = report.Tables.First(t => t.Sheet.StartsWith("Задания", StringComparison.Ordinal));
        Assert.Contains(((double)task.Rows[0][3]!).ToString("0.0", Russian), text);
        Assert.Contains("Адресные рекомендации", text);
        Assert.Contains(progress, p => p.Stage == "Готово" && p.Done == p.Total);
    }

    private static string Place(Report report) =>
        report.Sections.Single(s => s.Heading == "Контекстный эффект").Blocks.OfType<KeyFiguresBlock>().Single()
            .Figures.Single(f => f.Label == "Место в кластере").Value;

    /// <summary>A 2025 school with a raised marker of non-objectivity and works in several procedures.</summary>
    private static async Task<string> MarkedSchoolAsync(OrientirDbContext db)
    {
        var lists = new Data.Schools.SchoolListQueries(db, AccessScope.Region(Roles.RegionAnalyst));
        var run = await lists.RunAsync(DemoRegionFixture.Year);
        Assert.NotNull(run);
        var marked = (await lists.MarkersAsync(run.Id, raisedOnly: true)).Select(m => m.SchoolCode).Distinct().ToList();
        var rows = await lists.RowsAsync(run.Id);
        return rows.Where(r => marked.Contains(r.Code)).OrderByDescending(r => r.LevelWorks).Select(r => r.Code).FirstOrDefault()
            ?? rows.OrderByDescending(r => r.LevelWorks).First().Code;
    }

    private sealed class SyncProgress(List<ReportProgress> seen) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => seen.Add(value);
    }
}
