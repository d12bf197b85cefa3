using Orientir.Analytics.Indicators;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Results;
using static Orientir.Reports.Recommendations.FactWords;

namespace Orientir.Reports.Recommendations;

/// <summary>The change of the share of «2» in each series, from the latest year that has one (docs/methodology.md §3.1, dynamics).</summary>
internal static class DynamicsFacts
{
    public static IReadOnlyList<RecommendationFact> Of(IReadOnlyList<DynamicsSeries> series, IndicatorSettings settings)
    {
        var facts = new List<RecommendationFact>();
        foreach (var line in series)
        {
            var latest = line.Points.Where(p => p.ChangeOfShareOfTwo is not null && p.ShareOfTwo is not null).MaxBy(p => p.Year);
            if (latest is null) continue;
            var change = latest.ChangeOfShareOfTwo!.Value;
            var words = new Dictionary<string, string>
            {
                ["series"] = line.Title,
                ["year"] = latest.Year.ToString(),
                ["share"] = Number(latest.ShareOfTwo),
            };
            facts.Add(Fact("two_share_rise", change, words,
                new("share_of_two", latest.ShareOfTwo!.Value), new("share_of_two_change", change),
                new("negative_dynamics_rise", settings.NegativeDynamicsRise), new("participants", latest.Participants)));
        }
        return facts;
    }
}
