using Orientir.Data.Database;
using Orientir.Data.Support.Monitoring;

namespace Orientir.Web.Support.Monitoring;

/// <summary>
/// Runs the daily monitoring job for "today" by the <see cref="TimeProvider"/>, one run at a time in this process:
/// the timer and a manager's «run now» must not both insert the same notices and snapshots.
/// </summary>
public sealed class MonitoringRunner(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<MonitoringRunResult> RunAsync(string userName, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
            return await new MonitoringJob(db).RunAsync(Today, userName, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<Analytics.Support.MonitoringSettings> SettingsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MonitoringMethodology.CurrentAsync(scope.ServiceProvider.GetRequiredService<OrientirDbContext>(), cancellationToken);
    }
}

/// <summary>
/// The daily job in the server: once at start, then on every check (<c>SupportMonitoring.JobCheckMinutes</c>) it
/// runs when the local hour has reached <c>SupportMonitoring.DailyRunHour</c> and it has not run yet that day.
/// A failed run is logged and retried at the next check; it never stops the server.
/// </summary>
internal sealed class MonitoringJobService(MonitoringRunner runner, TimeProvider time, ILogger<MonitoringJobService> logger) : BackgroundService
{
    public const string SystemUser = "system";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lastRun = await RunSafelyAsync(null, stoppingToken);
        try
        {
            var settings = await runner.SettingsAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.JobCheckMinutes), time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                settings = await runner.SettingsAsync(stoppingToken);
                timer.Period = TimeSpan.FromMinutes(settings.JobCheckMinutes);
                if (IsDue(lastRun, time.GetLocalNow(), settings.DailyRunHour))
                    lastRun = await RunSafelyAsync(lastRun, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    /// <summary>Due once a day, at the first check after the run hour; a day whose run failed is due again.</summary>
    public static bool IsDue(DateOnly? lastRun, DateTimeOffset localNow, int runHour) =>
        (lastRun is null || lastRun < DateOnly.FromDateTime(localNow.DateTime)) && localNow.Hour >= runHour;

    private async Task<DateOnly?> RunSafelyAsync(DateOnly? lastRun, CancellationToken stoppingToken)
    {
        try
        {
            var result = await runner.RunAsync(SystemUser, stoppingToken);
            if (result.ChangedAnything)
                logger.LogInformation("Мониторинг за {Date}: просрочено мероприятий {Overdue}, уведомлений {Notifications}, срезов {Snapshots}",
                    result.Today.ToString("dd.MM.yyyy"), result.MeasuresMarkedOverdue, result.NotificationsSent, result.SnapshotsRecorded);
            return result.Today;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Ежедневная проверка мониторинга не выполнена; повтор при следующей проверке");
            return lastRun;
        }
        catch (OperationCanceledException)
        {
            return lastRun;
        }
    }
}
