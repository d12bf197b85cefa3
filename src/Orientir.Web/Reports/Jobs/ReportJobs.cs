using System.Threading.Channels;
using Orientir.Reports.Content;

namespace Orientir.Web.Reports.Jobs;

/// <summary>
/// The report jobs of this process: a queue the worker (<see cref="ReportJobWorker"/>) reads and the jobs kept in
/// memory for their owners. Nothing is stored in the database: a restart forgets the jobs, and the audit log keeps the
/// record of every report produced. Bounds: a finished job is kept <see cref="KeepFinished"/>, a user keeps at most
/// <see cref="JobsPerUser"/> jobs and has at most <see cref="ActivePerUser"/> waiting or running, and the files of all
/// users together hold at most <see cref="MaxStoredBytes"/> (the oldest finished jobs go first).
/// </summary>
public sealed class ReportJobs(TimeProvider time)
{
    public const int JobsPerUser = 20;
    public const int ActivePerUser = 3;
    public const long MaxStoredBytes = 256L * 1024 * 1024;
    public static readonly TimeSpan KeepFinished = TimeSpan.FromHours(1);

    private readonly Channel<ReportJob> _queue = Channel.CreateUnbounded<ReportJob>();
    private readonly Lock _lock = new();
    private readonly List<ReportJob> _jobs = [];

    internal ChannelReader<ReportJob> Queue => _queue.Reader;

    internal DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>Queues a job for an already validated request; null when the owner has <see cref="ActivePerUser"/> jobs under way.</summary>
    internal ReportJobView? Enqueue(string ownerId, string ownerName, ReportRequest request, ReportFormat format, string objectName)
    {
        ReportJob job;
        lock (_lock)
        {
            Sweep();
            if (_jobs.Count(j => j.OwnerId == ownerId && j.IsActive) >= ActivePerUser) return null;
            job = new ReportJob(ownerId, ownerName, request, format, objectName, UtcNow);
            _jobs.Add(job);
            Sweep();
        }
        // Unbounded: never full, so the write always succeeds.
        _queue.Writer.TryWrite(job);
        return job.View();
    }

    /// <summary>The owner's jobs, newest first.</summary>
    public IReadOnlyList<ReportJobView> Mine(string ownerId)
    {
        lock (_lock)
        {
            Sweep();
            // Jobs are appended as they are asked for: the list read backwards is newest first.
            return Enumerable.Reverse(_jobs).Where(j => j.OwnerId == ownerId).Select(j => j.View()).ToList();
        }
    }

    /// <summary>The owner's job; null for another user's job, as for one that does not exist.</summary>
    public ReportJobView? Find(string ownerId, Guid id) => Owned(ownerId, id)?.View();

    /// <summary>The finished file of the owner's job: null when there is no such job, the job alone when it has no file.</summary>
    public (ReportJobView? Job, ReportFile? File) File(string ownerId, Guid id) =>
        Owned(ownerId, id) is { } job ? (job.View(), job.File) : (null, null);

    /// <summary>Cancels the owner's job if it waits or runs; forgets it if it has finished. Null when there is no such job.</summary>
    public ReportJobView? CancelOrRemove(string ownerId, Guid id)
    {
        var job = Owned(ownerId, id);
        if (job is null) return null;
        if (!job.Cancel(UtcNow))
            lock (_lock) _jobs.Remove(job);
        return job.View();
    }

    private ReportJob? Owned(string ownerId, Guid id)
    {
        lock (_lock)
        {
            Sweep();
            return _jobs.FirstOrDefault(j => j.Id == id && j.OwnerId == ownerId);
        }
    }

    /// <summary>Applies the bounds; called under the lock. Jobs under way are never dropped.</summary>
    private void Sweep()
    {
        var now = UtcNow;
        _jobs.RemoveAll(j => j.FinishedAtUtc is { } finished && now - finished > KeepFinished);
        foreach (var owner in _jobs.GroupBy(j => j.OwnerId).Where(g => g.Count() > JobsPerUser).ToList())
            foreach (var old in owner.Where(j => !j.IsActive).OrderBy(j => j.CreatedAtUtc).Take(owner.Count() - JobsPerUser).ToList())
                _jobs.Remove(old);
        var stored = _jobs.Sum(j => j.Bytes);
        foreach (var old in _jobs.Where(j => j.Bytes > 0).OrderBy(j => j.FinishedAtUtc).ToList())
        {
            if (stored <= MaxStoredBytes) break;
            stored -= old.Bytes;
            _jobs.Remove(old);
        }
    }
}
