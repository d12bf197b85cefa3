using System.CommandLine;
using System.Globalization;
using Orientir.Data.Database;
using Orientir.Data.Support.Indicators;
using Orientir.Data.Support.Monitoring;
using Spectre.Console;

namespace Orientir.Cli.Support;

/// <summary>
/// <c>orientir support monitor [--date yyyy-MM-dd]</c>: the daily monitoring job of targeted support (overdue measures,
/// their notices, stage snapshots) and the system indicators' update, for a scheduler (cron) when the web app's own
/// daily run is not wanted, or to catch up on a date.
/// </summary>
internal static class SupportCommands
{
    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "Дата, на которую проверить сроки (ГГГГ-ММ-ДД); по умолчанию сегодня" };
        var user = new Option<string>("--user") { Description = "Кто запускает (для журнала аудита)", DefaultValueFactory = _ => "cli" };
        var monitor = new Command("monitor", "Ежедневная проверка адресной поддержки: просроченные мероприятия, уведомления, срезы этапов, системные показатели")
        { date, user };
        monitor.Validators.Add(result =>
        {
            if (result.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"--date: «{text}» — не дата в виде ГГГГ-ММ-ДД.");
        });
        monitor.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = CliOptions.ConnectionString(result);
            await OrientirDatabase.MigrateAsync(connectionString, cancellationToken);
            var today = result.GetValue(date) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Now);
            var userName = result.GetValue(user)!;
            await using var db = OrientirDatabase.CreateContext(connectionString);
            var run = await new MonitoringJob(db).RunAsync(today, userName, cancellationToken);
            var indicators = await new SystemIndicatorUpdater(db, TimeProvider.System).UpdateAsync(userName, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"Проверка на {today:dd.MM.yyyy}: просрочено мероприятий [bold]{run.MeasuresMarkedOverdue}[/], уведомлений [bold]{run.NotificationsSent}[/], срезов этапов [bold]{run.SnapshotsRecorded}[/], обновлено системных показателей [bold]{indicators}[/].");
            return 0;
        });
        var support = new Command("support", "Адресная поддержка школ") { monitor };
        return support;
    }
}
