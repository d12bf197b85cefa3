using Orientir.Reports.Content;

namespace Orientir.Web.Reports.Jobs;

public enum ReportJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>What a job's owner sees of it, on the page and through the API.</summary>
/// <param name="ObjectName">The school's or municipality's name, or «Регион».</param>
/// <param name="Percent">0–100; never goes back while the job runs.</param>
/// <param name="Problem">Why there is no file (Russian, for the reader; never a stack trace).</param>
public sealed record ReportJobView(
    Guid Id, ReportLevel Level, string? Code, int Year, ReportFormat Format, string ObjectName,
    ReportJobState State, string Stage, int Percent, DateTime CreatedAtUtc, DateTime? FinishedAtUtc,
    string? FileName, long? Size, string? Problem)
{
    public bool IsActive => State is ReportJobState.Queued or ReportJobState.Running;
}

/// <summary>
/// One report asked for by one user, from the queue to its file. The worker and the owner's requests change it from
/// different threads, so every change and every read goes through its lock.
/// </summary>
internal sealed class ReportJob(string ownerId, string ownerName, ReportRequest request, ReportFormat format, string objectName, DateTime createdAtUtc)
{
    /// <summary>The stage the producer reports while it lays out, renders and prints: the last tenth of the bar.</summary>
    public const string LayoutStage = ReportProducer.LayoutStage;

    private const int BuildShare = 90;

    private readonly Lock _lock = new();
    private ReportJobState _state = ReportJobState.Queued;
    private string _stage = "В очереди";
    private int _percent;
    private DateTime? _finishedAtUtc;
    private ReportFile? _file;
    private string? _problem;

    public Guid Id { get; } = Guid.NewGuid();
    public string OwnerId { get; } = ownerId;
    public string OwnerName { get; } = ownerName;
    public ReportRequest Request { get; } = request;
    public ReportFormat Format { get; } = format;
    public DateTime CreatedAtUtc { get; } = createdAtUtc;

    /// <summary>Cancelled by the owner. Never disposed: it has no timer, and a late cancel must not meet a disposed source.</summary>
    public CancellationTokenSource Cancellation { get; } = new();

    public bool IsActive
    {
        get { lock (_lock) return _state is ReportJobState.Queued or ReportJobState.Running; }
    }

    public DateTime? FinishedAtUtc
    {
        get { lock (_lock) return _finishedAtUtc; }
    }

    public ReportFile? File
    {
        get { lock (_lock) return _file; }
    }

    /// <summary>Bytes held in memory: the file's, once there is one.</summary>
    public long Bytes
    {
        get { lock (_lock) return _file?.Content.LongLength ?? 0; }
    }

    /// <summary>Queued → running; false when the owner cancelled it while it waited.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            if (_state != ReportJobState.Queued) return false;
            _state = ReportJobState.Running;
            _stage = "Подготовка";
            return true;
        }
    }

    /// <summary>
    /// The builder's steps fill the first nine tenths of the bar, the layout (<see cref="LayoutStage"/>) the rest: a
    /// builder's stages each count their own steps, so the bar keeps its highest point rather than starting over.
    /// </summary>
    public void Report(ReportProgress progress)
    {
        var share = progress.Total > 0 ? Math.Clamp((double)progress.Done / progress.Total, 0, 1) : 0;
        var percent = progress.Stage == LayoutStage ? BuildShare + (int)(share * (100 - BuildShare)) : (int)(share * BuildShare);
        lock (_lock)
        {
            if (_state != ReportJobState.Running) return;
            _stage = progress.Stage;
            _percent = Math.Max(_percent, Math.Min(percent, 99));
        }
    }

    public void Succeed(ReportFile file, DateTime nowUtc) => Finish(ReportJobState.Succeeded, "Готов", nowUtc, file, null);

    public void Fail(string problem, DateTime nowUtc) => Finish(ReportJobState.Failed, "Не сформирован", nowUtc, null, problem);

    /// <summary>Cancels a queued or running job at once; the worker notices the token and drops whatever it had.</summary>
    public bool Cancel(DateTime nowUtc, string stage = "Отменён")
    {
        lock (_lock)
        {
            if (_state is not (ReportJobState.Queued or ReportJobState.Running)) return false;
            _state = ReportJobState.Cancelled;
            _stage = stage;
            _finishedAtUtc = nowUtc;
        }
        Cancellation.Cancel();
        return true;
    }

    public ReportJobView View()
    {
        lock (_lock)
        {
            return new ReportJobView(Id, Request.Level, Request.Code, Request.Year, Format,
                objectName, _state, _stage,
                _state == ReportJobState.Succeeded ? 100 : _percent, CreatedAtUtc, _finishedAtUtc,
                _file?.FileName, _file?.Content.LongLength, _problem);
        }
    }

    private void Finish(ReportJobState state, string stage, DateTime nowUtc, ReportFile? file, string? problem)
    {
        lock (_lock)
        {
            // A job cancelled while it ran keeps its cancellation: the owner no longer wants the file.
            if (_state != ReportJobState.Running) return;
            _state = state;
            _stage = stage;
            _finishedAtUtc = nowUtc;
            _file = file;
            _problem = problem;
        }
    }
}
