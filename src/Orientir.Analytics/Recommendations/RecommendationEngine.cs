using System.Globalization;
using System.Text.RegularExpressions;

namespace Orientir.Analytics.Recommendations;

/// <summary>Applies the rules of a report's level to its facts (no I/O): the recommendations, the most important first.</summary>
public static partial class RecommendationEngine
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>
    /// For every rule of <paramref name="level"/>, the facts of its kind that meet its threshold, the most extreme first
    /// (highest for <see cref="RuleComparison.AtLeast"/>, lowest for <see cref="RuleComparison.AtMost"/>), at most its limit;
    /// all of them ordered by the rules' priority (a lower number first), then by the rules' order.
    /// </summary>
    public static IReadOnlyList<Recommendation> Apply(IEnumerable<RecommendationRule> rules, string level, IReadOnlyList<RecommendationFact> facts)
    {
        var result = new List<Recommendation>();
        foreach (var rule in rules.Where(r => string.Equals(r.Level, level, StringComparison.OrdinalIgnoreCase)))
        {
            var met = facts.Where(f => f.Kind == rule.Fact && Meets(rule, f.Value));
            met = rule.Comparison == RuleComparison.AtLeast ? met.OrderByDescending(f => f.Value) : met.OrderBy(f => f.Value);
            foreach (var fact in met.Take(Math.Max(rule.Limit, 0)))
                result.Add(new Recommendation(rule.Code, rule.Priority, Word(rule.Template, fact, rule.Threshold), fact.Evidence));
        }
        // OrderBy is stable: within a priority the rules keep their order and each rule its most extreme facts first.
        return result.OrderBy(r => r.Priority).ToList();
    }

    public static bool Meets(RecommendationRule rule, double value) =>
        !double.IsNaN(value) && (rule.Comparison == RuleComparison.AtLeast ? value >= rule.Threshold : value <= rule.Threshold);

    /// <summary>Fills <c>{word}</c> from the fact; <c>{value}</c> and <c>{threshold}</c> are the numbers; an unknown word stays as written.</summary>
    public static string Word(string template, RecommendationFact fact, double threshold) =>
        Placeholder().Replace(template, match => match.Groups[1].Value switch
        {
            "value" => Number(fact.Value),
            "threshold" => Number(threshold),
            var word => fact.Words.TryGetValue(word, out var text) ? text : match.Value,
        });

    /// <summary>The names of the <c>{word}</c> placeholders of a template, in order, repeats included.</summary>
    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary>A number as the recommendations print it: Russian decimal comma, at most one decimal.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(Math.Abs(rounded - Math.Round(rounded)) < 1e-9 ? "0" : "0.0", Russian);
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
