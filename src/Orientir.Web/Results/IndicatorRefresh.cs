using System.Threading.Channels;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Results;
using Orientir.Domain.Access;

namespace Orientir.Web.Results;

public enum IndicatorRefreshState
{
    /// <summary>No recalculation has run since the start.</summary>
    Waiting,
    Running,
    Done,
    Failed,
}

/// <summary>What the import page and <c>/api/indicators/status</c> show of the background recalculation.</summary>
public sealed record IndicatorRefreshStatus(IndicatorRefreshState State, DateTime? FinishedAtUtc, int Recomputed, string? Error)
{
    public string Russian => State switch
    {
        IndicatorRefreshState.Running => "Показатели пересчитываются…",
        IndicatorRefreshState.Done => $"Показатели актуальны: пересчитано процедур — {Recomputed}.",
        IndicatorRefreshState.Failed => $"Пересчёт показателей не удался: {Error}",
        _ => "Пересчёт показателей ещё не выполнялся.",
    };
}

/// <summary>
/// Materialises the indicators: at start and after every import it brings the per-school statistics of each
/// changed procedure up to date (<see cref="IndicatorQueries.RefreshAsync"/>), so dashboards open from the cache
/// instead of reading the works. Requests during a run coalesce into one more run.
/// </summary>
public sealed class IndicatorRefresh(IServiceScopeFactory scopes, ILogger<IndicatorRefresh> logger) : BackgroundService
{
    private readonly Channel<bool> _requests =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public IndicatorRefreshStatus Status { get; private set; } = new(IndicatorRefreshState.Waiting, null, 0, null);

    /// <summary>Asks for a run; the status says «running» from now until the last requested run has finished.</summary>
    public void Request()
    {
        _requests.Writer.TryWrite(true);
        Status = Status with { State = IndicatorRefreshState.Running };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request();
        await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            Status = Status with { State = IndicatorRefreshState.Running };
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
                var recomputed = await new IndicatorQueries(db, AccessScope.Region(Roles.Admin), IndicatorSettings.Default)
                    .RefreshAsync(stoppingToken);
                var state = _requests.Reader.Count > 0 ? IndicatorRefreshState.Running : IndicatorRefreshState.Done;
                Status = new IndicatorRefreshStatus(state, DateTime.UtcNow, recomputed, null);
                logger.LogInformation("Показатели пересчитаны: процедур — {Recomputed}", recomputed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Status = new IndicatorRefreshStatus(IndicatorRefreshState.Failed, DateTime.UtcNow, 0, exception.Message);
                logger.LogError(exception, "Пересчёт показателей не удался");
            }
        }
    }
}
