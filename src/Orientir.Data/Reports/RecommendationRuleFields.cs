using Orientir.Analytics.Recommendations;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>Copies a checked input onto a stored rule; true when anything changed (the same file again changes nothing).</summary>
internal static class RecommendationRuleFields
{
    public static bool Apply(RecommendationRuleRecord rule, RecommendationRuleInput input)
    {
        var comparison = RecommendationRuleCheck.ParseComparison(input.Comparison) ?? RuleComparison.AtLeast;
        var template = input.Template.Trim();
        if (rule.Code == input.Code && rule.Level == input.Level && rule.Fact == input.Fact && rule.Comparison == comparison.ToString()
            && rule.Threshold.Equals(input.Threshold) && rule.Limit == input.Limit && rule.Priority == input.Priority && rule.Template == template
            && rule.Active == input.Active)
            return false;
        rule.Code = input.Code;
        rule.Level = input.Level;
        rule.Fact = input.Fact;
        rule.Comparison = comparison.ToString();
        rule.Threshold = input.Threshold;
        rule.Limit = input.Limit;
        rule.Priority = input.Priority;
        rule.Template = template;
        rule.Active = input.Active;
        return true;
    }

    /// <summary>What changed, for the audit: <c>threshold=10→12 active=1→0</c>.</summary>
    public static string Difference(RecommendationRuleRecord before, RecommendationRuleChange change)
    {
        var parts = new List<string>();
        if (change.Threshold is { } t && !t.Equals(before.Threshold)) parts.Add($"threshold={before.Threshold}→{t}");
        if (change.Limit is { } l && l != before.Limit) parts.Add($"limit={before.Limit}→{l}");
        if (change.Priority is { } p && p != before.Priority) parts.Add($"priority={before.Priority}→{p}");
        if (change.Active is { } a && a != before.Active) parts.Add($"active={(before.Active ? 1 : 0)}→{(a ? 1 : 0)}");
        if (change.Template is { } text && text.Trim() != before.Template) parts.Add($"template={text.Trim()}");
        return string.Join(' ', parts);
    }
}
