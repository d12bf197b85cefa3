using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orientir.Data.Database;
using Orientir.Reports.Content;
using Orientir.Web.Hosting;
using Orientir.Web.Reports.Jobs;
using Orientir.Web.Tests.Infrastructure;
using static Orientir.Web.Tests.Reports.Jobs.ReportsWebApp;

namespace Orientir.Web.Tests.Reports.Jobs;

/// <summary>A worker of its own over the app's services, fed jobs that skip the order's checks.</summary>
[Collection(ReportsWebApp.Name)]
public class ReportJobWorkerTests(WebAppFixture app)
{
    [Fact]
    public async Task A_job_is_built_in_its_owners_scope_so_a_school_outside_it_fails_with_a_sentence()
    {
        var (jobs, worker) = Worker();
        var director = await UserIdAsync(Director);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var outside = jobs.Enqueue(director, Director, new ReportRequest(ReportLevel.School, "S012", 2025), ReportFormat.Html, "?")!;
            var own = jobs.Enqueue(director, Director, new ReportRequest(ReportLevel.School, "S011", 2025), ReportFormat.Html, "?")!;

            var failed = await FinishedAsync(jobs, director, outside.Id);
            Assert.Equal((ReportJobState.Failed, ReportProducer.NotFound), (failed.State, failed.Problem));
            Assert.Null(jobs.File(director, outside.Id).File);
            Assert.Equal(ReportJobState.Succeeded, (await FinishedAsync(jobs, director, own.Id)).State);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_job_of_an_account_without_a_scope_produces_nothing()
    {
        var (jobs, worker) = Worker();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var job = jobs.Enqueue("no-such-account", "ghost", new ReportRequest(ReportLevel.Region, null, 2025), ReportFormat.Xlsx, "Регион")!;

            var failed = await FinishedAsync(jobs, "no-such-account", job.Id);

            Assert.Equal(ReportJobState.Failed, failed.State);
            Assert.Null(jobs.File("no-such-account", job.Id).File);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private (ReportJobs Jobs, ReportJobWorker Worker) Worker()
    {
        var services = app.App.Services;
        var jobs = new ReportJobs(TimeProvider.System);
        return (jobs, new ReportJobWorker(jobs, services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<OrientirSettings>(),
            TimeProvider.System, NullLogger<ReportJobWorker>.Instance));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrientirDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Bounded, so that a job that never finishes fails the test instead of hanging it.</summary>
    private static async Task<ReportJobView> FinishedAsync(ReportJobs jobs, string owner, Guid id)
    {
        var job = jobs.Find(owner, id)!;
        for (var i = 0; i < 600 && job.IsActive; i++)
        {
            await Task.Delay(100);
            job = jobs.Find(owner, id)!;
        }
        Assert.False(job.IsActive, "the job has finished");
        return job;
    }
}
