using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Staff.Measurements;
using Orientir.Domain.Staff;
using Spectre.Console;

namespace Orientir.Cli.Staff;

/// <summary>
/// <c>orientir staff measure</c>: recomputes every teacher's measurements and deficits with the methodology in force
/// (docs/staff/deficits.md), e.g. after a methodology change, with a progress line per assessment procedure.
/// </summary>
internal static class MeasureCommand
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "Кто запускает (для журнала аудита)", DefaultValueFactory = _ => "cli" };
        var measure = new Command("measure", "Пересчитать измерения и дефициты педагогов по действующей методике") { user };
        measure.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            await using var db = OrientirDatabase.CreateContext(connectionString);
            var progress = new ProgressLine();
            var changed = await new TeacherMeasurementUpdater(db, TimeProvider.System)
                .UpdateAsync(result.GetValue(user)!, progress, cancellationToken);
            progress.Finish();
            var totals = await db.TeacherMeasurements
                .GroupBy(m => m.Source)
                .Select(g => new { Source = g.Key, Count = g.Count(), Deficits = g.Count(m => m.IsDeficit) })
                .ToListAsync(cancellationToken);
            int Count(MeasurementSource source) => totals.Where(t => t.Source == source).Sum(t => t.Count);
            int Deficits(MeasurementSource source) => totals.Where(t => t.Source == source).Sum(t => t.Deficits);
            // Short lines: Spectre wraps at the console's width, 80 columns when the output is redirected.
            AnsiConsole.MarkupLineInterpolated($"Измерения педагогов пересчитаны: изменено строк [bold]{changed}[/].");
            AnsiConsole.MarkupLineInterpolated(
                $"Диагностика: измерений [bold]{Count(MeasurementSource.Diagnostic)}[/], дефицитов [bold]{Deficits(MeasurementSource.Diagnostic)}[/].");
            AnsiConsole.MarkupLineInterpolated(
                $"Результаты учеников: измерений [bold]{Count(MeasurementSource.Results)}[/], дефицитов [bold]{Deficits(MeasurementSource.Results)}[/].");
            return 0;
        });
        return measure;
    }

    /// <summary>One line rewritten in place on a terminal, a line per procedure when the output is a file or a pipe.</summary>
    private sealed class ProgressLine : IProgress<MeasurementProgress>
    {
        private bool _written;

        public void Report(MeasurementProgress value)
        {
            var text = $"{value.Year}: процедура {value.Procedure} из {value.Procedures} — {value.ProcedureCode}";
            if (Console.IsOutputRedirected) Console.WriteLine(text);
            else Console.Write("\r" + text.PadRight(Math.Max(text.Length, Console.WindowWidth - 1)));
            _written = true;
        }

        public void Finish()
        {
            if (_written && !Console.IsOutputRedirected) Console.WriteLine();
        }
    }
}
