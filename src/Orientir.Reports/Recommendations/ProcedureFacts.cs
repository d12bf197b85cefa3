using Orientir.Analytics.Indicators;
using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;
using Orientir.Data.Results;
using Orientir.Domain.Results;
using static Orientir.Reports.Recommendations.FactWords;

namespace Orientir.Reports.Recommendations;

/// <summary>
/// The facts of one group in one procedure against the region (docs/methodology.md §3.1 defines every number): skills,
/// basic tasks below the basic level, the share of «2» (ЕГЭ: below the minimum), the share of «4» and «5», the mark
/// against the journal. A suppressed group or region gives nothing: the report never shows its numbers.
/// </summary>
internal static class ProcedureFacts
{
    public static IReadOnlyList<RecommendationFact> Of(ProcedureDesign design, LevelIndicators group, LevelIndicators region, IndicatorSettings settings)
    {
        var g = group.Indicators;
        var r = region.Indicators;
        if (g.Status == GroupStatus.Suppressed || r.Status == GroupStatus.Suppressed) return [];
        var facts = new List<RecommendationFact>();
        var isRegion = group.Level == IndicatorLevel.Region;
        Skills(facts, design, group, r, isRegion);
        BasicTasks(facts, design, group, r, settings);
        Marks(facts, design, group, r);
        Journal(facts, design, group, r);
        return facts;
    }

    private static Dictionary<string, string> Words(ProcedureDesign design, LevelIndicators group, double? regionValue) => new()
    {
        ["procedure"] = Procedure(design),
        ["subject"] = Subject(design.Subject),
        ["grade"] = design.Grade.ToString(),
        ["group"] = group.Name,
        ["region_value"] = Number(regionValue),
        ["participants"] = group.Indicators.Participants.ToString(),
    };

    private static void Skills(List<RecommendationFact> facts, ProcedureDesign design, LevelIndicators group, ProcedureIndicators region, bool isRegion)
    {
        var regionSkills = region.Skills.ToDictionary(s => s.Code, s => s.SuccessRate, StringComparer.Ordinal);
        foreach (var skill in group.Indicators.Skills)
        {
            if (double.IsNaN(skill.SuccessRate) || !regionSkills.TryGetValue(skill.Code, out var regionRate)) continue;
            var gap = regionRate - skill.SuccessRate;
            var words = Words(design, group, regionRate);
            words["skill"] = skill.Code;
            words["tasks"] = string.Join(", ", design.Tasks.Where(t => t.Skills.Contains(skill.Code)).Select(t => t.Label));
            words["success"] = Number(skill.SuccessRate);
            words["gap"] = Number(gap);
            Evidence[] evidence =
            [
                new("skill_success", skill.SuccessRate), new("region_skill_success", regionRate), new("skill_gap", gap),
                new("skill_tasks", skill.Tasks), new("participants", group.Indicators.Participants),
            ];
            facts.Add(new RecommendationFact("skill_success", skill.SuccessRate, words, evidence));
            // The region against itself has no gap to speak of.
            if (!isRegion) facts.Add(new RecommendationFact("skill_gap", gap, words, evidence));
        }
    }

    private static void BasicTasks(List<RecommendationFact> facts, ProcedureDesign design, LevelIndicators group, ProcedureIndicators region,
        IndicatorSettings settings)
    {
        foreach (var task in group.Indicators.Tasks)
        {
            if (task.Level != TaskLevel.Basic || task.SuccessLevel != SuccessLevel.Insufficient) continue;
            var regionRate = region.Tasks.FirstOrDefault(t => t.Number == task.Number)?.SuccessRate;
            var words = Words(design, group, regionRate);
            words["task"] = task.Label;
            words["skills"] = task.Number < design.Tasks.Count ? string.Join(", ", design.Tasks[task.Number].Skills) : "";
            facts.Add(Fact("task_basic_success", task.SuccessRate, words,
                new("task_success", task.SuccessRate), new("region_task_success", regionRate ?? double.NaN),
                new("basic_insufficient", settings.BasicInsufficient), new("participants", group.Indicators.Participants)));
        }
    }

    private static void Marks(List<RecommendationFact> facts, ProcedureDesign design, LevelIndicators group, ProcedureIndicators region)
    {
        var g = group.Indicators;
        // ЕГЭ has no «2»: its failure is a test score below the subject's minimum.
        var ege = design.Kind == ProcedureKind.Ege;
        var share = ege ? g.BelowMinimumShare : g.Marks?.Two;
        var regionShare = ege ? region.BelowMinimumShare : region.Marks?.Two;
        if (share is { } s && regionShare is { } rs)
        {
            var words = Words(design, group, rs);
            words["failed"] = ege ? "не набравших минимальный балл" : "получивших «2»";
            var key = ege ? "below_minimum_share" : "share_of_two";
            facts.Add(Fact("share_of_two", s, words, new(key, s), new("region_" + key, rs), new("participants", g.Participants)));
        }
        if (g.QualityRate is { } quality && region.QualityRate is { } regionQuality)
            facts.Add(Fact("high_marks_share", quality, Words(design, group, regionQuality),
                new("quality_rate", quality), new("region_quality_rate", regionQuality), new("participants", g.Participants)));
    }

    private static void Journal(List<RecommendationFact> facts, ProcedureDesign design, LevelIndicators group, ProcedureIndicators region)
    {
        if (group.Indicators.Journal is not { Compared: > 0 } journal) return;
        var regional = region.Journal;
        facts.Add(Fact("journal_lower_share", journal.Lower, Words(design, group, regional?.Lower),
            new("journal_lower_share", journal.Lower), new("region_journal_lower_share", regional?.Lower ?? double.NaN),
            new("journal_compared", journal.Compared)));
        facts.Add(Fact("journal_higher_share", journal.Higher, Words(design, group, regional?.Higher),
            new("journal_higher_share", journal.Higher), new("region_journal_higher_share", regional?.Higher ?? double.NaN),
            new("journal_compared", journal.Compared)));
    }
}
