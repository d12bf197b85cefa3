using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Lists;
using Orientir.Data.Support.Monitoring;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Reports.Municipality;
using Orientir.Reports.Region;
using Orientir.Reports.Tests.Demo;

using Orientir.Reports.Tests.Printing;

namespace Orientir.Reports.Tests.Municipality;

/// <summary>
/// «Адресная поддержка» on a copy of the demo region with the 2024 programme approved, as the demo's first start leaves
/// it (the shared region stays without a programme for the other tests).
/// </summary>
[Collection(DemoRegionCollection.Name)]
public sealed class SupportSectionTests(DemoRegionFixture demo) : IAsyncLifetime
{
    private const int ProgrammeYear = 2024;
    private readonly string _folder = Directory.CreateTempSubdirectory("orientir-area-support-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "copy.db")}";

    public async Task InitializeAsync()
    {
        await using (var source = new SqliteConnection(demo.Database.ConnectionString))
        {
            await source.OpenAsync();
            await using var copy = source.CreateCommand();
            copy.CommandText = $"VACUUM INTO '{Path.Combine(_folder, "copy.db")}'";
            await copy.ExecuteNonQueryAsync();
        }
        await using var db = OrientirDatabase.CreateContext(ConnectionString);
        var commands = new TargetListCommands(db, TimeProvider.System);
        var created = await commands.CreateAsync(Analyst, ProgrammeYear);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await commands.ApproveAsync(Analyst, created.Value!.Id)).Succeeded);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_municipality_report_shows_its_target_schools_progress_and_the_region_report_sums_it_by_municipality()
    {
        await using var db = OrientirDatabase.CreateContext(ConnectionString);
        var context = new ReportContext(db, Analyst.Scope, "analyst@demo", TimeProvider.System);
        var progress = (await new SupportProgressQueries(db, TimeProvider.System).ProgressAsync(Analyst, ProgrammeYear))!;
        var municipality = progress.Municipalities.OrderByDescending(m => m.Schools).First();

        var report = (await MunicipalityReport.BuildAsync(context, municipality.Code, ProgrammeYear, CancellationToken.None))!;
        var region = (await RegionReport.BuildAsync(context, ProgrammeYear, CancellationToken.None))!;

        var schools = Assert.Single(report.Tables, t => t.Sheet == "Поддержка — школы");
        Assert.Equal(progress.Schools.Where(s => s.MunicipalityCode == municipality.Code).Select(s => s.Code).Order(),
            schools.Rows.Select(r => (string)r[0]!).Order());
        Assert.Contains(report.Tables, t => t.Sheet == "Поддержка — этапы");
        var byMunicipality = Assert.Single(region.Tables, t => t.Sheet == "Поддержка по МО");
        Assert.Equal(progress.Municipalities.Count + 1, byMunicipality.Rows.Count);
        var totals = byMunicipality.Rows[^1];
        Assert.Equal(new object?[] { "Регион", progress.Schools.Count, progress.Schools.Count(s => s.Problem), progress.Totals.DocumentsApproved,
            progress.Totals.DocumentsTotal, progress.Totals.MeasuresDone, progress.Totals.MeasuresOverdue, progress.Totals.MeasuresTotal,
            progress.Totals.IndicatorsOnTrack, progress.Totals.IndicatorsTotal }, totals);
        // 2025's results follow the 2024 programme: its effect has a year to be estimated in.
        var effect = Assert.Single(region.Tables, t => t.Sheet == "Эффект поддержки");
        Assert.Equal("2025", effect.Rows[0][0]);

        var printed = await Poppler.PrintAsync(report, $"municipality-{municipality.Code}-{ProgrammeYear}");
        if (printed is null) return;
        var support = Assert.Single(printed.PageTexts, p => p.Contains("Адресная поддержка") && p.Contains("Целевые школы"));
        Assert.Contains(progress.Schools.First(s => s.MunicipalityCode == municipality.Code).Code, support);
    }

    [Fact]
    public async Task Without_a_programme_of_the_year_the_section_says_so_in_one_sentence()
    {
        await using var db = demo.Database.CreateContext();
        var code = await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Code).FirstAsync();

        var report = (await MunicipalityReport.BuildAsync(demo.RegionContext(db), code, DemoRegionFixture.Year, CancellationToken.None))!;

        var section = Assert.Single(report.Sections, s => s.Heading == "Адресная поддержка");
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(section.Blocks));
        Assert.StartsWith("Нет данных адресной поддержки за 2025 год", paragraph.Text);
    }

    private static SupportActor Analyst { get; } = new("", "analyst@demo", Roles.RegionAnalyst, AccessScope.Region(Roles.RegionAnalyst));
}
