using System.Globalization;
using System.Text.RegularExpressions;

namespace Orientir.Analytics.Recommendations;

/// <summary>Applies the rules of a report's level to its facts (no I/O): the recommendations, the most important first.</summary>
public static partial class RecommendationEngine
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static IReadOnlyList<Recommendation> Apply(IEnumerable<RecommendationRule> rules, string level, IReadOnlyList<RecommendationFact> facts)
    {
        var result = new List<Recommendation>();
        foreach (var rule in rules.Where(r => string.Equals(r.Level, level, StringComparison.OrdinalIgnoreCase)))
        {
            var met = facts.Where(f => f.Kind == rule.Fact && !double.IsNaN(f.Value)
                && (rule.Comparison == RuleComparison.AtLeast ? f.Value >= rule.Threshold : f.Value <= rule.Threshold));
            met = rule.Comparison == RuleComparison.AtLeast ? met.OrderByDescending(f => f.Value) : met.OrderBy(f => f.Value);
            foreach (var fact in met.Take(Math.Max(rule.Limit, 0)))
                result.Add(new Recommendation(rule.Code, rule.Priority, Word(rule.Template, fact, rule.Threshold), fact.Evidence));
        }
        return result.OrderBy(r => r.Priority).ToList();
    }

    /// <summary>Fills <c>{word}</c> from the fact; <c>{value}</c> and <c>{threshold}</c> are the numbers; an unknown word stays as written.</summary>
    public static string Word(string template, RecommendationFact fact, double threshold) =>
        Placeholder().Replace(template, match => match.Groups[1].Value switch
        {
            "value" => Number(fact.Value),
            "threshold" => Number(threshold),
            var word => fact.Words.TryGetValue(word, out var text) ? text : match.Value,
        });

    public static string Number(double value) => value.ToString(Math.Abs(value - Math.Round(value)) < 1e-9 ? "0" : "0.#", Russian);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
