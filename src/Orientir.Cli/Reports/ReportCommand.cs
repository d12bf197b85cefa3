using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Spectre.Console;

namespace Orientir.Cli.Reports;

/// <summary>
/// <c>orientir report school|municipality|region [--code C] --year Y --out FILE.pdf|FILE.xlsx|FILE.html [--user NAME]</c>:
/// an analytic report produced as the page's job produces it (<see cref="ReportProducer"/>: built, rendered, printed,
/// audited); <c>report rules</c>: <see cref="RulesCommand"/>.
/// </summary>
internal static class ReportCommand
{
    public const int Produced = 0;
    public const int NotProduced = 1;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static Command Create()
    {
        var report = new Command("report", "Аналитические отчёты (PDF, Excel, HTML)");
        report.Subcommands.Add(Level(ReportLevel.School, "school", "Отчёт школы", "Код школы, например S001"));
        report.Subcommands.Add(Level(ReportLevel.Municipality, "municipality", "Отчёт муниципалитета", "Код муниципалитета, например M01"));
        report.Subcommands.Add(Level(ReportLevel.Region, "region", "Региональный отчёт", codeDescription: null));
        report.Subcommands.Add(RulesCommand.Create());
        return report;
    }

    private static Command Level(ReportLevel level, string name, string description, string? codeDescription)
    {
        var code = codeDescription is null ? null : new Option<string>("--code") { Description = codeDescription, Required = true };
        var year = new Option<int>("--year") { Description = "Год процедур", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Файл отчёта: .pdf, .xlsx или .html (формат — по расширению)", Required = true };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { } file && ReportFiles.FormatOf(file.Name) is null)
                result.AddError(ReportFiles.UnknownFormat(file.Name));
        });
        var user = new Option<string>("--user") { Description = "Кто формирует отчёт (для журнала аудита)", DefaultValueFactory = _ => "cli" };

        var command = new Command(name, $"{description} (PDF, Excel или HTML)") { year, output, user };
        if (code is not null) command.Options.Insert(0, code);
        command.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            var request = new ReportRequest(level, code is null ? null : result.GetValue(code), result.GetValue(year));
            return await ProduceAsync(connectionString, request, result.GetValue(output)!, result.GetValue(user)!, cancellationToken);
        });
        return command;
    }

    private static async Task<int> ProduceAsync(string connectionString, ReportRequest request, FileInfo file, string userName,
        CancellationToken cancellationToken)
    {
        var format = ReportFiles.FormatOf(file.Name)!.Value;
        await using var db = OrientirDatabase.CreateContext(connectionString);
        await using var printer = new PdfPrinter();
        var clock = Stopwatch.StartNew();
        var stages = new StageTimes(clock);
        ReportOutcome outcome = null!;
        async Task RunAsync(IProgress<ReportProgress> progress)
        {
            // The CLI is an operator's tool: the whole region, as a region-wide role sees it.
            var context = new ReportContext(db, AccessScope.Region(Roles.RegionAnalyst), userName, TimeProvider.System,
                new Fanout(stages, progress));
            outcome = await new ReportProducer(printer).ProduceAsync(context, request, format, cancellationToken);
        }
        if (AnsiConsole.Profile.Capabilities.Interactive)
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async console =>
                await RunAsync(new ProgressBar(console.AddTask("Подготовка отчёта", maxValue: 1))));
        else
            await RunAsync(new ProgressLines());
        var seconds = clock.Elapsed.TotalSeconds;

        if (!outcome.Succeeded)
        {
            var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            errors.MarkupLineInterpolated($"[red]{outcome.Problem}[/]");
            return NotProduced;
        }
        var content = outcome.File!.Content;
        file.Directory?.Create();
        await File.WriteAllBytesAsync(file.FullName, content, cancellationToken);

        var pages = format == ReportFormat.Pdf ? ReportFiles.PdfPages(content) : 0;
        var facts = new List<string> { ReportFiles.Size(content.Length) };
        if (pages > 0) facts.Add($"страниц: {pages}");
        facts.Add($"{seconds.ToString("0.0", Russian)} с");
        AnsiConsole.MarkupLine("[green]Отчёт записан:[/]");
        // Plain lines: Spectre would wrap a long path or the stages at 80 columns when the output is redirected.
        Console.WriteLine(file.FullName);
        Console.WriteLine(string.Join(", ", facts));
        Console.WriteLine($"Этапы: {stages.Describe(seconds)}");
        return Produced;
    }

    /// <summary>One bar on a terminal: the stage as its label, its steps as its value.</summary>
    private sealed class ProgressBar(ProgressTask task) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            task.Description = Markup.Escape(value.Stage);
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = Math.Min(value.Done, task.MaxValue);
        }
    }

    /// <summary>A line when a stage starts and at each quarter of it, when the output is a file or a pipe.</summary>
    private sealed class ProgressLines : IProgress<ReportProgress>
    {
        private string? _stage;
        private int _quarter = -1;

        public void Report(ReportProgress value)
        {
            var quarter = value.Total <= 0 ? 0 : 4 * Math.Min(value.Done, value.Total) / value.Total;
            if (value.Stage == _stage && quarter == _quarter) return;
            _stage = value.Stage;
            _quarter = quarter;
            Console.WriteLine($"{value.Stage}: {value.Done} из {value.Total}");
        }
    }

    /// <summary>Progress reported synchronously (the report's order, not the thread pool's) to the timer and the screen.</summary>
    private sealed class Fanout(StageTimes stages, IProgress<ReportProgress> screen) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            stages.Report(value.Stage);
            screen.Report(value);
        }
    }
}
