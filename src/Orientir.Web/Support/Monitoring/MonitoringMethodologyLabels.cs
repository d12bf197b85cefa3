namespace Orientir.Web.Support.Monitoring;

/// <summary>The Russian names of the SupportMonitoring settings on the methodology page, by path ("SupportMonitoring.Property").</summary>
public static class MonitoringMethodologyLabels
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["SupportMonitoring"] = "Адресная поддержка: мониторинг",
    };
}
