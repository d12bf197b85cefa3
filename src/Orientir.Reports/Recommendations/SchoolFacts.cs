using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;
using Orientir.Data.Schools;
using Orientir.Reports.Labels;
using static Orientir.Reports.Recommendations.FactWords;

namespace Orientir.Reports.Recommendations;

/// <summary>
/// A school's analytics as facts (docs/methodology.md §4): each raised marker of non-objectivity, the lists it is on,
/// its context-adjusted and growth effects with their intervals.
/// </summary>
internal static class SchoolFacts
{
    public static IReadOnlyList<RecommendationFact> Of(SchoolAnalysisDetail detail)
    {
        var school = detail.School;
        var facts = new List<RecommendationFact>();
        foreach (var marker in detail.Markers.Where(m => m.Raised && m.SchoolCode == school.Code))
        {
            var words = new Dictionary<string, string>
            {
                ["marker"] = EvidenceLabels.Marker(marker.Kind),
                ["procedure"] = Procedure(marker.ProcedureCode),
                ["group"] = school.Name,
            };
            facts.Add(new RecommendationFact("marker_raised", marker.Statistic, words, marker.Evidence));
        }
        facts.Add(new RecommendationFact("low_results", school.LowResults ? 1 : 0, Group(school),
            Section(school, EvidenceSections.LowResults, new Evidence("low_results", school.LowResults ? 1 : 0))));
        facts.Add(new RecommendationFact("unfavourable", school.Unfavourable ? 1 : 0, Group(school),
            Section(school, EvidenceSections.Context, new Evidence("unfavourable", school.Unfavourable ? 1 : 0))));
        if (school.LevelUpper is { } upper && school.LevelEffect is { } effect)
            facts.Add(new RecommendationFact("level_effect_upper", upper, Effect(school, effect, school.LevelLower, upper),
                [new("context_effect", effect), new("context_effect_lower", school.LevelLower ?? double.NaN), new("context_effect_upper", upper),
                    new("context_effect_works", school.LevelWorks)]));
        if (school.GrowthEffect is { } growth)
            facts.Add(new RecommendationFact("growth_effect", growth, Effect(school, growth, school.GrowthLower, school.GrowthUpper),
                [new("growth_effect", growth), new("growth_effect_lower", school.GrowthLower ?? double.NaN),
                    new("growth_effect_upper", school.GrowthUpper ?? double.NaN), new("growth_effect_works", school.GrowthWorks)]));
        return facts;
    }

    private static Dictionary<string, string> Group(SchoolAnalysisRow school) => new() { ["group"] = school.Name };

    private static Dictionary<string, string> Effect(SchoolAnalysisRow school, double effect, double? lower, double? upper) => new()
    {
        ["group"] = school.Name,
        ["effect"] = EvidenceLabels.Value(Math.Round(effect, 2)),
        ["lower"] = EvidenceLabels.Value(lower is { } l ? Math.Round(l, 2) : null),
        ["upper"] = EvidenceLabels.Value(upper is { } u ? Math.Round(u, 2) : null),
    };

    /// <summary>The school's evidence of a section, or the flag alone when the run kept none.</summary>
    private static IReadOnlyList<Evidence> Section(SchoolAnalysisRow school, string section, Evidence flag) =>
        school.Evidence.TryGetValue(section, out var evidence) && evidence.Count > 0 ? evidence : [flag];
}
