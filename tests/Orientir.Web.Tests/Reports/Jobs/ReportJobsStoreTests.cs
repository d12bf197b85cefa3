using Orientir.Reports.Content;
using Orientir.Web.Reports.Jobs;

namespace Orientir.Web.Tests.Reports.Jobs;

/// <summary>The jobs kept in memory, without a worker: ownership, cancellation, progress and the bounds.</summary>
public class ReportJobsStoreTests
{
    private static readonly ReportRequest School = new(ReportLevel.School, "S011", 2025);

    private readonly MovableTime _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_job_belongs_to_its_owner_alone()
    {
        var jobs = new ReportJobs(_time);
        var job = jobs.Enqueue("owner", "analyst", School, ReportFormat.Xlsx, "Гимназия № 1")!;

        Assert.Equal(job.Id, jobs.Find("owner", job.Id)?.Id);
        Assert.Null(jobs.Find("other", job.Id));
        Assert.Null(jobs.File("other", job.Id).Job);
        Assert.Null(jobs.CancelOrRemove("other", job.Id));
        Assert.Empty(jobs.Mine("other"));
        Assert.Equal(ReportJobState.Queued, jobs.Find("owner", job.Id)!.State);
    }

    [Fact]
    public void A_job_cancelled_while_it_waits_is_never_started()
    {
        var jobs = new ReportJobs(_time);
        var view = jobs.Enqueue("owner", "analyst", School, ReportFormat.Pdf, "Гимназия № 1")!;

        var cancelled = jobs.CancelOrRemove("owner", view.Id);

        Assert.Equal(ReportJobState.Cancelled, cancelled?.State);
        Assert.True(jobs.Queue.TryRead(out var queued));
        Assert.False(queued.TryStart());
        Assert.True(queued.Cancellation.IsCancellationRequested);
    }

    [Fact]
    public void A_finished_job_is_removed_by_delete_and_forgotten_an_hour_after_it_finished()
    {
        var jobs = new ReportJobs(_time);
        var first = Finished(jobs, "owner");
        var second = Finished(jobs, "owner");

        Assert.Equal(ReportJobState.Succeeded, jobs.CancelOrRemove("owner", first)?.State);
        Assert.Null(jobs.Find("owner", first));
        _time.Advance(ReportJobs.KeepFinished + TimeSpan.FromMinutes(1));
        Assert.Null(jobs.Find("owner", second));
    }

    [Fact]
    public void A_user_has_at_most_three_jobs_under_way()
    {
        var jobs = new ReportJobs(_time);
        for (var i = 0; i < ReportJobs.ActivePerUser; i++)
            Assert.NotNull(jobs.Enqueue("busy", "analyst", School, ReportFormat.Html, "Гимназия № 1"));

        Assert.Null(jobs.Enqueue("busy", "analyst", School, ReportFormat.Html, "Гимназия № 1"));
        Assert.NotNull(jobs.Enqueue("other", "director", School, ReportFormat.Html, "Гимназия № 1"));
    }

    [Fact]
    public void A_user_keeps_the_twenty_newest_jobs()
    {
        var jobs = new ReportJobs(_time);

        var ids = Enumerable.Range(0, ReportJobs.JobsPerUser + 5).Select(_ => Finished(jobs, "many")).ToList();
        var kept = jobs.Mine("many").Select(j => j.Id).ToList();
        Assert.Equal(ids.AsEnumerable().Reverse().Take(ReportJobs.JobsPerUser), kept);
    }

    [Fact]
    public void The_bar_fills_nine_tenths_while_building_the_rest_while_laying_out_and_never_goes_back()
    {
        var jobs = new ReportJobs(_time);
        jobs.Enqueue("owner", "analyst", School, ReportFormat.Pdf, "Гимназия № 1");
        Assert.True(jobs.Queue.TryRead(out var job));
        Assert.True(job.TryStart());

        job.Report(new ReportProgress("Результаты процедур", 1, 2));
        Assert.Equal((45, "Результаты процедур"), (job.View().Percent, job.View().Stage));
        job.Report(new ReportProgress("Рекомендации", 0, 3));
        Assert.Equal((45, "Рекомендации"), (job.View().Percent, job.View().Stage));
        job.Report(new ReportProgress(ReportJob.LayoutStage, 1, 2));
        Assert.Equal(95, job.View().Percent);
        job.Succeed(new ReportFile([1, 2, 3], "report.pdf", "application/pdf"), _time.GetUtcNow().UtcDateTime);
        Assert.Equal((100, 3L), (job.View().Percent, job.View().Size!.Value));
    }

    [Fact]
    public void A_job_cancelled_while_it_runs_keeps_its_cancellation_when_the_file_arrives_late()
    {
        var jobs = new ReportJobs(_time);
        var view = jobs.Enqueue("owner", "analyst", School, ReportFormat.Xlsx, "Гимназия № 1")!;
        Assert.True(jobs.Queue.TryRead(out var job));
        job.TryStart();

        jobs.CancelOrRemove("owner", view.Id);
        job.Succeed(new ReportFile([1], "late.xlsx", "application/octet-stream"), _time.GetUtcNow().UtcDateTime);

        Assert.Equal(ReportJobState.Cancelled, jobs.Find("owner", view.Id)?.State);
        Assert.Null(jobs.File("owner", view.Id).File);
    }

    private static Guid Finished(ReportJobs jobs, string owner)
    {
        var view = jobs.Enqueue(owner, owner, School, ReportFormat.Html, "Гимназия № 1")!;
        Assert.True(jobs.Queue.TryRead(out var job));
        job.TryStart();
        job.Succeed(new ReportFile([1], "report.html", "text/html"), jobs.UtcNow);
        return view.Id;
    }

    private sealed class MovableTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
