using System.Diagnostics;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Reports.Rendering;

namespace Orientir.Bench;

/// <summary>
/// The region report of a year (issue 7) in process, stage by stage: its data stage (<see cref="ReportBuilder"/> with
/// a region-wide scope, cold: the per-school statistics cache is keyed by the connection string, so each run gets one
/// of its own), the stages its builder reports, and the rendering to a workbook and to HTML. Also prints the numbers
/// of the DuckDB peer's table (per procedure × municipality: participants, mean primary score, share of «2») as the
/// application's indicators give them, for the agreement check in bench/reports.py.
/// </summary>
internal static class RegionReportTiming
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(string connectionString, int year)
    {
        var run = 0;
        string provider;
        await using (var probe = OrientirDatabase.CreateContext(connectionString)) provider = probe.Provider.ToString();
        // The indicator cache is per connection string: a harmless option of each provider makes every run cold.
        string Fresh() => provider == nameof(DatabaseProvider.Postgres)
            ? $"{connectionString};Application Name=orientir-bench-{++run}"
            : $"{connectionString};Default Timeout={700 + ++run}";

        var first = await BuildAsync(Fresh(), year);
        var best = first;
        for (var i = 1; i < Runs; i++)
        {
            var next = await BuildAsync(Fresh(), year);
            if (next.Seconds < best.Seconds) best = next;
        }
        var report = best.Report;
        var tables = report.Tables.ToList();
        var xlsx = Timing.Best(Runs, () => ReportWorkbook.Render(report));
        var html = Timing.Best(Runs, () => ReportHtml.Render(report));

        await using var db = OrientirDatabase.CreateContext(Fresh());
        var sets = await new Orientir.Data.Results.IndicatorQueries(db, AccessScope.Region(Roles.RegionAnalyst), IndicatorSettings.Default)
            .YearAsync(year);
        Timing.Print(new
        {
            measure = "report-data",
            provider,
            year,
            firstBuildSeconds = first.Seconds,
            buildSeconds = best.Seconds,
            stages = best.Stages,
            tables = tables.Count,
            rows = tables.Sum(t => t.Rows.Count),
            xlsxSeconds = xlsx,
            htmlSeconds = html,
            cells = sets.SelectMany(s => s.Municipalities.Select(m => new
            {
                procedure = s.Design.Code,
                municipality = m.Code,
                participants = m.Indicators.Participants,
                meanScore = m.Indicators.MeanScore,
                shareOfTwo = m.Indicators.Marks?.Two,
            })),
        });
        return 0;
    }

    private sealed record Built(Report Report, double Seconds, Dictionary<string, double> Stages);

    private static async Task<Built> BuildAsync(string connectionString, int year)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        var clock = Stopwatch.StartNew();
        var stages = new Dictionary<string, double>();
        var stage = "Подготовка";
        var since = 0.0;
        void Close()
        {
            var now = clock.Elapsed.TotalSeconds;
            stages[stage] = stages.GetValueOrDefault(stage) + now - since;
            since = now;
        }
        var progress = new Synchronous(value =>
        {
            if (value.Stage == stage) return;
            Close();
            stage = value.Stage;
        });
        var context = new ReportContext(db, AccessScope.Region(Roles.RegionAnalyst), "bench", TimeProvider.System, progress);
        var report = await ReportBuilder.BuildAsync(context, new ReportRequest(ReportLevel.Region, null, year))
                     ?? throw new InvalidOperationException("The region report was not built.");
        Close();
        return new Built(report, clock.Elapsed.TotalSeconds, stages);
    }

    private sealed class Synchronous(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
