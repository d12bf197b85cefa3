using Orientir.Analytics.Recommendations;
using Orientir.Data.Reports;

namespace Orientir.Web.Reports.Rules;

/// <summary>How the rules page writes a rule's level, fact and condition.</summary>
internal static class RuleLabels
{
    public static string Fact(string code) => RecommendationFactKinds.Find(code)?.Meaning ?? code;

    /// <summary>«≥ 10», «≤ 57».</summary>
    public static string Condition(RecommendationRuleRow rule) =>
        $"{(rule.Comparison == nameof(RuleComparison.AtMost) ? "≤" : "≥")} {RecommendationEngine.Number(rule.Threshold)}";

    public static string Placeholders(string fact) =>
        RecommendationFactKinds.Find(fact) is { } kind ? string.Join(" ", kind.Placeholders.Select(p => "{" + p + "}")) : "";
}
