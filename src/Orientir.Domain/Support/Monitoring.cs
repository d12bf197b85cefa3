namespace Orientir.Domain.Support;

public enum MonitoringStage { Entry, Interim, Final }

/// <summary>What a target school's programme stood at when a monitoring stage's date passed, recorded by the daily job.</summary>
public sealed class MonitoringSnapshot
{
    public long Id { get; set; }
    public int TargetListId { get; set; }
    public int SchoolId { get; set; }
    public MonitoringStage Stage { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public int DocumentsApproved { get; set; }
    public int DocumentsTotal { get; set; }
    public int MeasuresTotal { get; set; }
    public int MeasuresDone { get; set; }
    public int MeasuresOverdue { get; set; }
    public int IndicatorsTotal { get; set; }
    public int IndicatorsOnTrack { get; set; }
}

/// <summary>An in-app notification. <see cref="Key"/> keeps a job that runs daily from saying the same thing twice.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Link { get; set; }
    public string Key { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
