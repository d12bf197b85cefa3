using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Tests.Recommendations;

public class RecommendationEngineTests
{
    private static RecommendationFact Skill(string skill, double value) =>
        new("skill_success", value, new Dictionary<string, string> { ["skill"] = skill, ["region_value"] = "70" }, [new Evidence("skill_success", value)]);

    private static RecommendationRule Rule(string code, RuleComparison comparison, double threshold, int limit = 5, int priority = 10,
        string template = "{skill}: {value}", string level = "school", string fact = "skill_success") =>
        new(code, level, fact, comparison, threshold, limit, priority, template);

    [Fact]
    public void An_at_most_rule_takes_the_facts_at_or_below_its_threshold_and_leaves_the_rest()
    {
        var facts = new[] { Skill("A", 40), Skill("B", 50), Skill("C", 50.1), Skill("D", 90) };

        var result = RecommendationEngine.Apply([Rule("low", RuleComparison.AtMost, 50)], "school", facts);

        Assert.Equal(["A: 40", "B: 50"], result.Select(r => r.Text));
    }

    [Fact]
    public void An_at_least_rule_takes_the_facts_at_or_above_its_threshold_and_leaves_the_rest()
    {
        var facts = new[] { Skill("A", 9.9), Skill("B", 10), Skill("C", 25) };

        var result = RecommendationEngine.Apply([Rule("high", RuleComparison.AtLeast, 10)], "school", facts);

        Assert.Equal(["C: 25", "B: 10"], result.Select(r => r.Text));
    }

    [Fact]
    public void A_limit_keeps_the_most_extreme_facts()
    {
        var facts = new[] { Skill("A", 45), Skill("B", 12), Skill("C", 30), Skill("D", 20.5) };

        var lowest = RecommendationEngine.Apply([Rule("low", RuleComparison.AtMost, 50, limit: 2)], "school", facts);
        var highest = RecommendationEngine.Apply([Rule("high", RuleComparison.AtLeast, 0, limit: 1)], "school", facts);

        Assert.Equal(["B: 12", "D: 20,5"], lowest.Select(r => r.Text));
        Assert.Equal(["A: 45"], highest.Select(r => r.Text));
    }

    [Fact]
    public void Recommendations_follow_the_rules_priority_whatever_the_rules_order()
    {
        var facts = new[] { Skill("A", 40) };
        RecommendationRule[] rules =
        [
            Rule("third", RuleComparison.AtMost, 50, priority: 30, template: "третье"),
            Rule("first", RuleComparison.AtMost, 50, priority: 5, template: "первое"),
            Rule("second", RuleComparison.AtMost, 50, priority: 10, template: "второе"),
        ];

        var result = RecommendationEngine.Apply(rules, "school", facts);

        Assert.Equal(["first", "second", "third"], result.Select(r => r.RuleCode));
        Assert.Equal([5, 10, 30], result.Select(r => r.Priority));
    }

    [Fact]
    public void Only_the_rules_of_the_reports_level_and_of_the_facts_kind_speak()
    {
        var facts = new[] { Skill("A", 40) };
        RecommendationRule[] rules =
        [
            Rule("municipal", RuleComparison.AtMost, 50, level: "municipality"),
            Rule("other-fact", RuleComparison.AtMost, 50, fact: "skill_gap"),
            Rule("school", RuleComparison.AtMost, 50, level: "School"),
        ];

        var result = RecommendationEngine.Apply(rules, "school", facts);

        Assert.Equal(["school"], result.Select(r => r.RuleCode));
    }

    [Fact]
    public void Placeholders_are_filled_from_the_facts_words_and_numbers_with_a_russian_decimal_comma()
    {
        var fact = Skill("MA4.3", 38.25);

        var text = RecommendationEngine.Word("Умение {skill}: {value} % (регион {region_value} %, порог {threshold} %)", fact, 57.5);

        Assert.Equal("Умение MA4.3: 38,3 % (регион 70 %, порог 57,5 %)", text);
    }

    [Fact]
    public void An_unknown_placeholder_stays_visible_as_written()
    {
        var text = RecommendationEngine.Word("Умение {skill} в {classroom}", Skill("RU4.1", 30), 50);

        Assert.Equal("Умение RU4.1 в {classroom}", text);
    }

    [Fact]
    public void A_recommendation_carries_its_facts_evidence_and_a_not_a_number_fact_meets_no_rule()
    {
        var facts = new[] { Skill("A", 40), Skill("B", double.NaN) };

        var result = RecommendationEngine.Apply([Rule("low", RuleComparison.AtMost, 50)], "school", facts);

        var single = Assert.Single(result);
        Assert.Equal([new Evidence("skill_success", 40)], single.Evidence);
    }

    [Fact]
    public void The_catalogue_names_the_placeholders_a_template_cannot_fill()
    {
        var kind = RecommendationFactKinds.Find("share_of_two")!;

        var unknown = RecommendationFactKinds.UnknownPlaceholders("{procedure}: {value} % ({skill}, {skill}, {threshold}, {failed})", kind);

        Assert.Equal(["skill"], unknown);
        Assert.Null(RecommendationFactKinds.Find("share_of_three"));
        Assert.All(RecommendationFactKinds.All, k => Assert.True(k.MinThreshold < k.MaxThreshold, k.Code));
    }
}
