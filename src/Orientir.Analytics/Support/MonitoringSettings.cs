namespace Orientir.Analytics.Support;

/// <summary>Every threshold and rule of monitoring: the default stage dates, the overdue job, when an indicator is on track (part of the methodology version).</summary>
public sealed record MonitoringSettings
{
    public static MonitoringSettings Default { get; } = new();

    /// <summary>Settings out of range, each as (property name, Russian problem), for the methodology's checks.</summary>
    public IEnumerable<(string Property, string Problem)> Problems() => [];
}
