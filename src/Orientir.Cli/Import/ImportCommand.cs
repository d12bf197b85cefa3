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
                    .StartAsync(context => importer.ImportPathAsync(directory, result.GetValue(user)!, new PackageBar(context), cancellationToken));
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
        if (outcome.Errors.Any(e => e.Code == ImportCodes.Cancelled))
        {
            AnsiConsole.MarkupLine("[yellow]Загрузка отменена:[/] ничего не сохранено, база осталась как была.");
            return Rejected;
        }
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

    /// <summary>
    /// One bar for the whole package: rows stored of the rows the files' line counts promise, the current file, rows
    /// per second and the time left at that rate. Called from the importer's worker thread.
    /// </summary>
    private sealed class PackageBar(ProgressContext context) : IProgress<ImportProgress>
    {
        private readonly ProgressTask _task = context.AddTask("Проверка пакета");
        private readonly Stopwatch _clock = new();
        private readonly Lock _lock = new();

        public void Report(ImportProgress value)
        {
            lock (_lock)
            {
                // The rate counts from the first stored row, so the quick check of the small files does not inflate it.
                if (value.PackageRowsDone > 0 && !_clock.IsRunning) _clock.Start();
                var status = ImportRate.Describe(value, _clock.Elapsed);
                _task.Description = Markup.Escape(status);
                _task.MaxValue = Math.Max(value.PackageRowsTotal, 1);
                _task.Value = value.PackageRowsDone;
            }
        }
    }
}
