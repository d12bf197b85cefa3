using Orientir.Analytics.Indicators;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Results;
using Orientir.Data.Schools;

namespace Orientir.Reports.Recommendations;

/// <summary>
/// The facts the recommendation rules read, drawn from what the reports already show (docs/reports/recommendations.md
/// lists every kind and its words). Pure: the records in, the facts out; a suppressed group gives no fact.
/// </summary>
public static class RecommendationFacts
{
    /// <summary>A group's results in a procedure against the region: weak skills and tasks, marks, the journal.</summary>
    public static IReadOnlyList<RecommendationFact> OfProcedure(ProcedureDesign design, LevelIndicators group, LevelIndicators region,
        IndicatorSettings settings) => ProcedureFacts.Of(design, group, region, settings);

    /// <summary>Series whose share of «2» rose: one fact per series, its latest change.</summary>
    public static IReadOnlyList<RecommendationFact> OfDynamics(IReadOnlyList<DynamicsSeries> series, IndicatorSettings settings) =>
        DynamicsFacts.Of(series, settings);

    /// <summary>A school's context effect, lists and raised markers of non-objectivity.</summary>
    public static IReadOnlyList<RecommendationFact> OfSchoolAnalysis(SchoolAnalysisDetail detail) => SchoolFacts.Of(detail);

    /// <summary>A municipality's or the region's schools on the lists (<paramref name="group"/> names the area).</summary>
    public static IReadOnlyList<RecommendationFact> OfSchools(string group, IReadOnlyList<SchoolAnalysisRow> rows) => AreaFacts.Of(group, rows);
}
