using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Results;
using Orientir.Domain.Access;
using Spectre.Console;

namespace Orientir.Cli.Analytics;

/// <summary><c>orientir analyze indicators</c>: the indicators of a year for the region, every municipality and every school; <c>analyze schools</c>: <see cref="SchoolsCommand"/>.</summary>
internal static class AnalyzeCommands
{
    public const int Written = 0;
    public const int NothingToAnalyze = 1;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static Command Create()
    {
        var analyze = new Command("analyze", "Анализ результатов оценочных процедур");

        var year = new Option<int>("--year") { Description = "Год процедур", Required = true };
        var procedure = new Option<string?>("--procedure") { Description = "Код одной процедуры, например VPR-2025-RU-4" };
        var json = new Option<FileInfo>("--json") { Description = "Файл, в который записать показатели (JSON)", Required = true };
        var indicators = new Command("indicators",
            "Показатели (docs/methodology.md §3) региона, каждого муниципалитета и каждой школы с 5 и более участниками")
        { year, procedure, json };
        indicators.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            return await WriteAsync(connectionString, result.GetValue(year), result.GetValue(procedure), result.GetValue(json)!, cancellationToken);
        });
        analyze.Subcommands.Add(indicators);
        analyze.Subcommands.Add(SchoolsCommand.Create());
        return analyze;
    }

    private static async Task<int> WriteAsync(string connectionString, int year, string? procedureCode, FileInfo file,
        CancellationToken cancellationToken)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        var codes = (await db.Procedures.Where(p => p.Year == year && (procedureCode == null || p.Code == procedureCode))
            .Select(p => p.Code).ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            var what = procedureCode is null ? $"процедур {year} года" : $"процедуры {procedureCode} {year} года";
            AnsiConsole.MarkupLineInterpolated($"[red]Нет {what}[/] в {OrientirDatabase.Describe(connectionString)}.");
            return NothingToAnalyze;
        }

        // The CLI is an operator's tool: the whole region, as a region-wide role sees it.
        var queries = new IndicatorQueries(db, AccessScope.Region(Roles.RegionAnalyst), IndicatorSettings.Default);
        var clock = Stopwatch.StartNew();
        var sets = new List<ProcedureIndicatorSet>(codes.Count);
        async Task ComputeAsync(Action<string> step)
        {
            foreach (var code in codes)
            {
                sets.AddRange(await queries.YearAsync(year, code, cancellationToken));
                step(code);
            }
        }
        if (AnsiConsole.Profile.Capabilities.Interactive)
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("Расчёт показателей", maxValue: codes.Count);
                await ComputeAsync(_ => task.Increment(1));
            });
        else
            await ComputeAsync(_ => { });

        var rows = 0;
        file.Directory?.Create();
        await using (var stream = file.Create())
        await using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var set in sets)
            {
                foreach (var level in (IEnumerable<LevelIndicators>)[set.Region, .. set.Municipalities, .. set.Schools])
                {
                    if (level.Indicators.Status == GroupStatus.Suppressed) continue;
                    IndicatorsJson.Write(writer, level);
                    rows++;
                }
            }
            writer.WriteEndArray();
        }

        var table = new Table().AddColumns("Процедура", "Участники", "Муниципалитеты", "Школы (≥ 5 участников)", "Средний % от максимума");
        foreach (var set in sets)
            table.AddRow(set.Design.Code, set.Region.Indicators.Participants.ToString(CultureInfo.InvariantCulture),
                set.Municipalities.Count(m => m.Indicators.Status != GroupStatus.Suppressed).ToString(CultureInfo.InvariantCulture),
                set.Schools.Count(s => s.Indicators.Status != GroupStatus.Suppressed).ToString(CultureInfo.InvariantCulture),
                set.Region.Indicators.MeanPercent?.ToString("0.0", Russian) ?? "—");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Показатели записаны:[/] {file.FullName} — {rows} строк по {sets.Count} процедурам за {clock.Elapsed.TotalSeconds.ToString("0.0", Russian)} с");
        return Written;
    }
}
