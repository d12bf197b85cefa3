using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Access;
using Spectre.Console;

namespace Orientir.Cli.Analytics;

/// <summary>
/// <c>orientir analyze schools</c>: computes the school analytics of a year under the methodology in force and
/// publishes the lists (ШНСУ, ШНОР, resilient, non-objective) as a new run, as the «Пересчитать» button does.
/// </summary>
internal static class SchoolsCommand
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "Год, за который рассчитать списки", Required = true };
        var user = new Option<string>("--user") { Description = "Кто публикует списки (для журнала аудита)", DefaultValueFactory = _ => "cli" };
        var json = new Option<FileInfo?>("--json") { Description = "Файл, в который записать строки всех школ с доказательствами (JSON)" };
        var schools = new Command("schools",
            "Анализ школ (docs/methodology.md §4): ИСБШ и ШНСУ, контекстный эффект, ШНОР, резильентные школы, признаки необъективности")
        { year, user, json };
        schools.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            return await PublishAsync(connectionString, result.GetValue(year), result.GetValue(user)!, result.GetValue(json), cancellationToken);
        });
        return schools;
    }

    private static async Task<int> PublishAsync(string connectionString, int year, string userName, FileInfo? file, CancellationToken cancellationToken)
    {
        await using var db = OrientirDatabase.CreateContext(connectionString);
        if (!await db.Procedures.AnyAsync(p => p.Year == year, cancellationToken))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Нет процедур {year} года[/] в {OrientirDatabase.Describe(connectionString)}.");
            return AnalyzeCommands.NothingToAnalyze;
        }

        var clock = Stopwatch.StartNew();
        var publisher = new SchoolAnalysisPublisher(db);
        SchoolAnalysisRunInfo run = null!;
        if (AnsiConsole.Profile.Capabilities.Interactive)
            await AnsiConsole.Status().StartAsync("Анализ школ", async context =>
                run = await publisher.PublishAsync(year, userName, new Progress<string>(step => context.Status(step)), cancellationToken));
        else
            run = await publisher.PublishAsync(year, userName, cancellationToken: cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;

        var queries = new SchoolListQueries(db, AccessScope.Region(Roles.RegionAnalyst));
        var rows = await queries.RowsAsync(run.Id, cancellationToken);
        var table = new Table().AddColumns("Список", "Школ");
        table.AddRow("Проанализировано школ", Count(rows.Count));
        table.AddRow("ШНСУ (неблагоприятные социальные условия)", Count(rows.Count(r => r.Unfavourable)));
        table.AddRow("ШНОР (стабильно низкие результаты)", Count(rows.Count(r => r.LowResults)));
        table.AddRow("Резильентные", Count(rows.Count(r => r.Resilient)));
        table.AddRow("С признаками необъективности", Count(rows.Count(r => r.NonObjective)));
        AnsiConsole.Write(table);
        if (file is not null)
        {
            file.Directory?.Create();
            await using var stream = file.Create();
            await JsonSerializer.SerializeAsync(stream, new { run, schools = rows }, Indented, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Строки школ записаны: {file.FullName}");
        }
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Списки {year} года опубликованы[/] (расчёт № {run.Id}, методика версии {run.MethodologyNumber}) за {seconds.ToString("0.0", Russian)} с");
        return AnalyzeCommands.Written;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
