using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Analytics.Schools;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Schools;

namespace Orientir.Web.Tests.Schools;

/// <summary>
/// A published 2025 run over <see cref="Infrastructure.TestRegion"/>: S011 ШНОР + ШНСУ + non-objective (markers in
/// both procedures), S012 ШНСУ + resilient, S021 ШНОР, S022 on no list.
/// </summary>
public static class AnalysisRun
{
    public const int Year = 2025;

    /// <summary>Writes the run unless one exists for <see cref="Year"/>.</summary>
    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        if (await db.SchoolAnalysisRuns.AnyAsync(r => r.Year == Year)) return;
        var methodology = await new MethodologyStore(db).CurrentAsync();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var entries = new[]
        {
            Entry(schools["S011"], index: -1.4, percentile: 5, cluster: "A", effect: -0.30, composite: -1.2, low: true, unfavourable: true, resilient: false, markers: 3),
            Entry(schools["S012"], index: -1.1, percentile: 9, cluster: "A", effect: 0.35, composite: 0.2, low: false, unfavourable: true, resilient: true, markers: 0),
            Entry(schools["S021"], index: 0.8, percentile: 70, cluster: "B", effect: -0.25, composite: -1.5, low: true, unfavourable: false, resilient: false, markers: 0),
            Entry(schools["S022"], index: 0.3, percentile: 55, cluster: "B", effect: 0.05, composite: 0.4, low: false, unfavourable: false, resilient: false, markers: 1),
        };
        var markers = new List<ObjectivityMarkerRecord>
        {
            Marker(schools["S011"], Infrastructure.TestRegion.ProcedureCode, "ThresholdBunching", 4.2, raised: true),
            Marker(schools["S011"], Infrastructure.TestRegion.ProcedureCode, "HardTasksBetterThanBasic", 2.5, raised: true),
            Marker(schools["S011"], Infrastructure.TestRegion.SecondProcedureCode, "ThresholdBunching", 3.1, raised: true),
            Marker(schools["S012"], Infrastructure.TestRegion.ProcedureCode, "ThresholdBunching", 0.4, raised: false),
            Marker(schools["S021"], Infrastructure.TestRegion.SecondProcedureCode, "ThresholdBunching", 0.7, raised: false),
            Marker(schools["S022"], Infrastructure.TestRegion.ProcedureCode, "HardTasksBetterThanBasic", 2.2, raised: true),
        };
        var run = new SchoolAnalysisRun(Year, methodology.Id, "analyst@test.orientir", DateTime.UtcNow, "{}");
        await SchoolAnalysisRunWriter.WriteAsync(db, run, entries, markers, "test");
    }

    private static SchoolAnalysisEntry Entry(int schoolId, double index, double percentile, string cluster, double effect, double composite,
        bool low, bool unfavourable, bool resilient, int markers) => new()
    {
        SchoolId = schoolId,
        ContextIndex = index, ContextPercentile = percentile, Cluster = cluster, Unfavourable = unfavourable,
        LevelWorks = 40, LevelEffect = effect, LevelLower = effect - 0.2, LevelUpper = effect + 0.2,
        GrowthWorks = 20, GrowthEffect = effect / 2, GrowthLower = effect / 2 - 0.3, GrowthUpper = effect / 2 + 0.3,
        LowResultsComposite = composite, LowResults = low, Resilient = resilient,
        NonObjective = markers >= 2, MarkedProcedures = markers >= 2 ? 2 : markers, Markers = markers,
        EvidenceJson = EvidenceJson.Write(new Dictionary<string, IReadOnlyList<Evidence>>
        {
            [EvidenceSections.Context] = [new("context_index", index), new("context_percentile", percentile), new("context_unfavourable_threshold", -1.0)],
            [EvidenceSections.Performance] = [new("effect", effect), new("works", 40)],
            [EvidenceSections.Growth] = [new("effect", effect / 2)],
            [EvidenceSections.LowResults] = [new("composite_2025", composite), new("cutoff_2025", -1.0), new("consecutive_years_in_bottom", low ? 2 : 0)],
            [EvidenceSections.Resilience] = [new("unfavourable", unfavourable ? 1 : 0), new("lower", effect - 0.2)],
            [EvidenceSections.Objectivity] = [new("marked_procedures", markers >= 2 ? 2 : markers), new("markers", markers)],
        }),
    };

    private static ObjectivityMarkerRecord Marker(int schoolId, string procedure, string kind, double statistic, bool raised) => new()
    {
        SchoolId = schoolId, ProcedureCode = procedure, Kind = kind, Statistic = statistic, Raised = raised,
        EvidenceJson = EvidenceJson.Write([new Evidence("at_threshold_share", 0.35), new Evidence("threshold", 2)]),
    };
}
