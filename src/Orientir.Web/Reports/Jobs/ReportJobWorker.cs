using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Reports.Content;
using Orientir.Web.Hosting;

namespace Orientir.Web.Reports.Jobs;

/// <summary>
/// Produces the queued reports, <see cref="Parallel"/> at a time: the server has two cores, and a report reads a year of
/// results and may print through the one Chromium. Each job runs in a DI scope of its own (its own database context)
/// in its owner's scope, resolved anew when it starts, as every request resolves it; a failure is logged and the owner
/// reads a sentence, never a trace.
/// </summary>
internal sealed class ReportJobWorker(ReportJobs jobs, IServiceScopeFactory scopes, OrientirSettings settings, TimeProvider time,
    ILogger<ReportJobWorker> logger) : BackgroundService
{
    public const int Parallel = 2;

    public const string InternalProblem = "Отчёт не сформирован из-за внутренней ошибки. Подробности записаны в журнал сервера.";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Task.Run(() => ReadQueueAsync(stoppingToken), stoppingToken)));

    private async Task ReadQueueAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
                await ProduceAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping; the jobs still queued are forgotten with the process.
        }
    }

    private async Task ProduceAsync(ReportJob job, CancellationToken stoppingToken)
    {
        if (!job.TryStart()) return;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.Cancellation.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<OrientirDbContext>();
            var access = await services.GetRequiredService<AccessScopeResolver>().ResolveAsync(job.OwnerId, settings.DemoMode, cancellation.Token);
            var context = new ReportContext(db, access, job.OwnerName, time, new JobProgress(job));
            var outcome = await services.GetRequiredService<ReportProducer>().ProduceAsync(context, job.Request, job.Format, cancellation.Token);
            if (outcome.File is { } file) job.Succeed(file, jobs.UtcNow);
            else job.Fail(outcome.Problem ?? ReportProducer.NotFound, jobs.UtcNow);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The owner's cancel has already marked the job; a stopping server marks it here.
            job.Cancel(jobs.UtcNow, "Прерван: сервер остановлен");
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Отчёт {Level} {Code} за {Year} ({Format}) для {User} не сформирован",
                job.Request.Level, job.Request.Code, job.Request.Year, job.Format, job.OwnerName);
            job.Fail(InternalProblem, jobs.UtcNow);
        }
    }

    /// <summary>Progress straight into the job: a background thread has no synchronization context to post to.</summary>
    private sealed class JobProgress(ReportJob job) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => job.Report(value);
    }
}
