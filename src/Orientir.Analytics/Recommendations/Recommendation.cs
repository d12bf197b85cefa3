using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Recommendations;

/// <summary>
/// A measured fact a rule may speak about: its kind (<c>skill_success</c>, <c>share_of_two</c>, …, docs/reports/
/// recommendations.md lists them), the value the rule compares with its threshold, the words a template may use
/// (<c>{skill}</c>, <c>{procedure}</c>, <c>{value}</c>, …) and the numbers that show it.
/// </summary>
public sealed record RecommendationFact(string Kind, double Value, IReadOnlyDictionary<string, string> Words, IReadOnlyList<Evidence> Evidence);

public enum RuleComparison
{
    /// <summary>The fact's value is at least the threshold.</summary>
    AtLeast,
    /// <summary>The fact's value is at most the threshold.</summary>
    AtMost,
}

/// <summary>
/// A rule of the targeted recommendations, kept in data (not in code): for the reports of <paramref name="Level"/>
/// (<c>school</c>, <c>municipality</c>, <c>region</c>), every fact of kind <paramref name="Fact"/> whose value meets the
/// threshold gives a recommendation worded by <paramref name="Template"/>, the <paramref name="Limit"/> most extreme first.
/// </summary>
public sealed record RecommendationRule(
    string Code, string Level, string Fact, RuleComparison Comparison, double Threshold, int Limit, int Priority, string Template);

/// <summary>A recommendation as a report prints it: the rule that wrote it, its words, and the numbers behind it.</summary>
public sealed record Recommendation(string RuleCode, int Priority, string Text, IReadOnlyList<Evidence> Evidence);
