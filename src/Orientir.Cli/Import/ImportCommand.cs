using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Spectre.Console;

namespace Orientir.Cli.Import;

/// <summary>
/// <c>orientir import PATH</c>: imports a data package (a folder or a .zip) or a real export (.xlsx, .csv) through the
/// adapter that recognizes it (<see cref="ExportImporter"/>). Exit codes: 0 imported or unchanged, 1 rejected (the
/// errors are printed as <c>file [лист «…»]:line: column: problem [CODE]</c>), 2 the path does not exist.
/// </summary>
internal static class ImportCommand
{
    public const int Imported = 0;
    public const int Rejected = 1;
    public const int FolderMissing = 2;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static Command Create()
    {
        var folder = new Argument<string>("путь")
        {
            Description = "Пакет данных — папка или zip (municipalities.csv, schools.csv, procedures.csv, tasks.csv, results/*.csv, teachers.csv, " +
                          "teacher_classes.csv, teacher_diagnostics.csv) — или выгрузка (xlsx, csv): " +
                          string.Join(", ", ExportAdapters.All.Select(a => $"«{a.Title}»")),
        };
        var user = new Option<string>("--user")
        {
            Description = "Кто загружает пакет (для журнала); по умолчанию имя пользователя системы",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var command = new Command("import", "Загрузить пакет данных или выгрузку: всё или ничего, повторная загрузка того же файла ничего не меняет") { folder, user };
        command.SetAction(async (result, cancellationToken) =>
        {
            var directory = result.GetValue(folder)!;
            if (!Directory.Exists(directory) && !File.Exists(directory))
            {
                await Console.Error.WriteLineAsync($"Папка или файл не найдены: {directory}");
                return FolderMissing;
            }
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Загрузка пакета [bold]{directory}[/] в {OrientirDatabase.Describe(connectionString)}");

            var importer = new ExportImporter(connectionString);
            var clock = Stopwatch.StartNew();
            ImportOutcome outcome;
            if (AnsiConsole.Profile.Capabilities.Interactive)
            {
                outcome = await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(context => importer.ImportPathAsync(directory, result.GetValue(user)!, new FileProgress(context), cancellationToken));
            }
            else
            {
                outcome = await importer.ImportPathAsync(directory, result.GetValue(user)!, null, cancellationToken);
            }
            clock.Stop();
            return Report(outcome, clock.Elapsed);
        });
        return command;
    }

    private static int Report(ImportOutcome outcome, TimeSpan elapsed)
    {
        foreach (var warning in outcome.Warnings)
            Console.Error.WriteLine($"предупреждение: {warning}");
        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors) Console.Error.WriteLine(error);
            AnsiConsole.MarkupLineInterpolated(
                $"[red]Пакет отклонён:[/] ошибок {outcome.Errors.Count}, в базу ничего не записано. Исправьте файлы и загрузите пакет снова.");
            return Rejected;
        }

        var table = new Table().AddColumns("Файл", "Статус", "Строк");
        foreach (var file in outcome.Files)
            table.AddRow(Markup.Escape(file.File), file.Status == FileImportStatus.Imported ? "загружен" : "без изменений", file.Rows.ToString("N0", Russian));
        AnsiConsole.Write(table);

        if (outcome.ChangedNothing)
        {
            AnsiConsole.MarkupLine("[green]Пакет без изменений:[/] все файлы уже были загружены, база не изменилась.");
            return Imported;
        }
        var imported = outcome.Files.Where(f => f.Status == FileImportStatus.Imported).ToList();
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        AnsiConsole.MarkupLine("[green]Пакет загружен:[/] " + Markup.Escape(string.Create(Russian,
            $"файлов загружено {imported.Count}, без изменений {outcome.Files.Count - imported.Count}; " +
            $"строк {imported.Sum(f => (long)f.Rows):N0}, работ {outcome.WorksImported:N0} за {elapsed.TotalSeconds:N1} с " +
            $"({outcome.WorksImported / seconds:N0} работ/с).")));
        return Imported;
    }

    /// <summary>A progress bar per file with its rows per second; called from the importer's worker thread.</summary>
    private sealed class FileProgress(ProgressContext context) : IProgress<ImportProgress>
    {
        private readonly Dictionary<string, (ProgressTask Task, Stopwatch Clock)> _tasks = [];
        private readonly Lock _lock = new();

        public void Report(ImportProgress value)
        {
            lock (_lock)
            {
                var key = value.File + (value.RowsTotal is null ? " проверка" : " запись");
                if (!_tasks.TryGetValue(key, out var entry))
                    _tasks[key] = entry = (context.AddTask(Markup.Escape(key)), Stopwatch.StartNew());
                var rate = value.RowsDone / Math.Max(entry.Clock.Elapsed.TotalSeconds, 0.001);
                entry.Task.Description = Markup.Escape(string.Create(Russian, $"{key}: {value.RowsDone:N0} строк, {rate:N0} строк/с"));
                if (value.RowsTotal is { } total)
                {
                    entry.Task.MaxValue = Math.Max(total, 1);
                    entry.Task.Value = value.RowsDone;
                    if (value.RowsDone >= total) entry.Task.StopTask();
                }
                else
                {
                    entry.Task.IsIndeterminate = true;
                }
            }
        }
    }
}
