using Orientir.Analytics.Context;
using Orientir.Analytics.LowResults;
using Orientir.Analytics.Objectivity;
using Orientir.Analytics.Performance;
using Orientir.Analytics.Staff;
using Orientir.Analytics.Support;

namespace Orientir.Analytics.Schools;

/// <summary>
/// Every threshold, share and rule of the school analytics (domain.md §4.2–4.3) in one record: the content of a
/// methodology version. It round-trips through JSON, so a version stored years ago still says what it used.
/// </summary>
public sealed record SchoolAnalysisSettings
{
    public ContextIndexSettings Context { get; init; } = ContextIndexSettings.Default;
    public PerformanceSettings Performance { get; init; } = PerformanceSettings.Default;
    public LowResultsSettings LowResults { get; init; } = LowResultsSettings.Default;
    public ResilienceSettings Resilience { get; init; } = ResilienceSettings.Default;
    public ObjectivitySettings Objectivity { get; init; } = ObjectivitySettings.Default;
    /// <summary>Targeted support: the risk profile's levels and priorities.</summary>
    public RiskProfileSettings SupportRisk { get; init; } = RiskProfileSettings.Default;
    /// <summary>Targeted support: monitoring stages, overdue measures, indicators on track.</summary>
    public MonitoringSettings SupportMonitoring { get; init; } = MonitoringSettings.Default;
    /// <summary>Targeted support: the effect against comparison schools and the exit rule.</summary>
    public SupportEffectSettings SupportEffect { get; init; } = SupportEffectSettings.Default;
    /// <summary>Teachers' professional development: deficits, routes, mentoring.</summary>
    public StaffDevelopmentSettings Staff { get; init; } = StaffDevelopmentSettings.Default;

    public static SchoolAnalysisSettings Default { get; } = new();
}
