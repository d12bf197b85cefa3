using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;
using Orientir.Data.Schools;
using static Orientir.Reports.Recommendations.FactWords;

namespace Orientir.Reports.Recommendations;

/// <summary>The schools of a municipality or of the region on the lists of a published run: shares of all the area's schools and counts.</summary>
internal static class AreaFacts
{
    public static IReadOnlyList<RecommendationFact> Of(string group, IReadOnlyList<SchoolAnalysisRow> rows)
    {
        if (rows.Count == 0) return [];
        var lowResults = rows.Where(r => r.LowResults).ToList();
        return
        [
            Share("low_results_share", "low_results", group, rows, lowResults),
            Share("non_objective_share", "non_objective", group, rows, rows.Where(r => r.NonObjective).ToList()),
            Share("unfavourable_share", "unfavourable_schools", group, rows, rows.Where(r => r.Unfavourable).ToList()),
            new RecommendationFact("low_results_schools", lowResults.Count, Words(group, rows, lowResults),
                [new("low_results_schools", lowResults.Count), new("schools_total", rows.Count)]),
        ];
    }

    private static RecommendationFact Share(string kind, string key, string group, IReadOnlyList<SchoolAnalysisRow> rows, List<SchoolAnalysisRow> listed)
    {
        var share = 100.0 * listed.Count / rows.Count;
        return new RecommendationFact(kind, share, Words(group, rows, listed),
            [new(key + "_share", share), new(key + "_count", listed.Count), new("schools_total", rows.Count)]);
    }

    private static Dictionary<string, string> Words(string group, IReadOnlyList<SchoolAnalysisRow> rows, List<SchoolAnalysisRow> listed) => new()
    {
        ["group"] = group,
        ["count"] = listed.Count.ToString(),
        ["total"] = rows.Count.ToString(),
        ["schools"] = Names(listed.Select(r => r.Name).Order(StringComparer.Ordinal).ToList()),
    };
}
