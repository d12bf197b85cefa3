using Orientir.Analytics.Indicators;
using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Domain.Registry;
using Orientir.Reports.Recommendations;
using static Orientir.Reports.Tests.Recommendations.HandMadeIndicators;

namespace Orientir.Reports.Tests.Recommendations;

public class RecommendationFactsTests
{
    private static readonly LevelIndicators School = Group(IndicatorLevel.School, "Школа № 5", 48, [70, 41.5, 58], [68, 40, 30],
        new MarkShares(21, 45, 26, 8), 34, null, new JournalComparison(40, 35, 55, 10, 5));

    [Fact]
    public void A_skill_gives_its_success_and_its_gap_below_the_region_with_the_words_a_template_needs()
    {
        var facts = RecommendationFacts.OfProcedure(Vpr, School, RegionGroup(), IndicatorSettings.Default);

        var gap = facts.Single(f => f.Kind == "skill_gap" && f.Words["skill"] == "MA4.2");
        Assert.Equal(23.5, gap.Value, 9);
        Assert.Equal("ВПР, математика, 4 класс", gap.Words["procedure"]);
        Assert.Equal(("1", "41,5", "65", "23,5", "Школа № 5", "4"),
            (gap.Words["tasks"], gap.Words["success"], gap.Words["region_value"], gap.Words["gap"], gap.Words["group"], gap.Words["grade"]));
        Assert.Equal(41.5, facts.Single(f => f.Kind == "skill_success" && f.Words["skill"] == "MA4.2").Value);
        Assert.Equal("2, 3", facts.Single(f => f.Kind == "skill_gap" && f.Words["skill"] == "MA4.3").Words["tasks"]);
        Assert.Contains(new Evidence("region_skill_success", 65), gap.Evidence);
        var kind = RecommendationFactKinds.Find("skill_gap")!;
        Assert.All(gap.Words.Keys, word => Assert.Contains(word, kind.Words));
    }

    [Fact]
    public void Only_basic_tasks_below_the_basic_level_are_facts_and_marks_and_journal_are_measured_against_the_region()
    {
        var facts = RecommendationFacts.OfProcedure(Vpr, School, RegionGroup(), IndicatorSettings.Default);

        var task = Assert.Single(facts, f => f.Kind == "task_basic_success");
        Assert.Equal(("2", 40.0, "62"), (task.Words["task"], task.Value, task.Words["region_value"]));
        var two = Assert.Single(facts, f => f.Kind == "share_of_two");
        Assert.Equal((21.0, "8", "получивших «2»"), (two.Value, two.Words["region_value"], two.Words["failed"]));
        Assert.Equal((34.0, "52"), (facts.Single(f => f.Kind == "high_marks_share").Value, facts.Single(f => f.Kind == "high_marks_share").Words["region_value"]));
        Assert.Equal((35.0, "20"), (facts.Single(f => f.Kind == "journal_lower_share").Value, facts.Single(f => f.Kind == "journal_lower_share").Words["region_value"]));
        Assert.Equal(10.0, facts.Single(f => f.Kind == "journal_higher_share").Value);
    }

    [Fact]
    public void The_ege_share_of_two_is_the_share_below_the_minimum_and_the_region_has_no_gap_against_itself()
    {
        var ege = Group(IndicatorLevel.School, "Школа № 5", 30, [50, 50, 50], [60, 60, 40], belowMinimum: 12.5);

        var egeFacts = RecommendationFacts.OfProcedure(Ege, ege, RegionGroup(), IndicatorSettings.Default);
        var regionFacts = RecommendationFacts.OfProcedure(Vpr, RegionGroup(), RegionGroup(), IndicatorSettings.Default);

        var two = Assert.Single(egeFacts, f => f.Kind == "share_of_two");
        Assert.Equal((12.5, "4", "не набравших минимальный балл", "ЕГЭ, математика, 11 класс"),
            (two.Value, two.Words["region_value"], two.Words["failed"], two.Words["procedure"]));
        Assert.Contains(new Evidence("below_minimum_share", 12.5), two.Evidence);
        Assert.DoesNotContain(regionFacts, f => f.Kind == "skill_gap");
        Assert.Equal(3, regionFacts.Count(f => f.Kind == "skill_success"));
    }

    [Fact]
    public void A_suppressed_group_gives_no_fact()
    {
        var tiny = Group(IndicatorLevel.School, "Школа № 9", 3, [], [], status: GroupStatus.Suppressed);

        Assert.Empty(RecommendationFacts.OfProcedure(Vpr, tiny, RegionGroup(), IndicatorSettings.Default));
    }

    [Fact]
    public void Dynamics_give_the_latest_change_of_the_share_of_two_of_each_series()
    {
        DynamicsSeries[] series =
        [
            new("ВПР Математика, 4 класс", [new(2023, "A", 50, 10, null, false), new(2024, "B", 52, 14, 4, false), new(2025, "C", 49, 26.5, 12.5, true)]),
            new("ВПР Русский язык, 4 класс", [new(2025, "D", 50, 10, null, false)]),
        ];

        var fact = Assert.Single(RecommendationFacts.OfDynamics(series, IndicatorSettings.Default));

        Assert.Equal(("two_share_rise", 12.5), (fact.Kind, fact.Value));
        Assert.Equal(("ВПР Математика, 4 класс", "2025", "26,5"), (fact.Words["series"], fact.Words["year"], fact.Words["share"]));
    }

    [Fact]
    public void A_schools_analysis_gives_its_raised_markers_lists_and_effects()
    {
        var row = Row("S1", "Школа № 5", lowResults: true, nonObjective: true, unfavourable: false) with
        {
            LevelEffect = -0.31, LevelLower = -0.52, LevelUpper = -0.1, GrowthEffect = 0.05, GrowthLower = -0.1, GrowthUpper = 0.2,
        };
        MarkerRow[] markers =
        [
            new("S1", "VPR-2025-RU-4", "ThresholdBunching", 3.4, true, [new Evidence("z", 3.4)]),
            new("S1", "VPR-2025-MA-4", "HardTasksBetterThanBasic", 1.1, false, []),
        ];
        var detail = new SchoolAnalysisDetail(new SchoolAnalysisRunInfo(1, 2025, 1, "t", DateTime.UtcNow, "{}"), row, markers);

        var facts = RecommendationFacts.OfSchoolAnalysis(detail);

        var marker = Assert.Single(facts, f => f.Kind == "marker_raised");
        Assert.Equal(("Пики у границ отметок", "ВПР, русский язык, 4 класс", 3.4), (marker.Words["marker"], marker.Words["procedure"], marker.Value));
        Assert.Equal([new Evidence("z", 3.4)], marker.Evidence);
        Assert.Equal(1, facts.Single(f => f.Kind == "low_results").Value);
        Assert.Equal(0, facts.Single(f => f.Kind == "unfavourable").Value);
        var effect = facts.Single(f => f.Kind == "level_effect_upper");
        Assert.Equal((-0.1, "-0,31", "-0,52"), (effect.Value, effect.Words["effect"], effect.Words["lower"]));
        Assert.Equal(0.05, facts.Single(f => f.Kind == "growth_effect").Value);
    }

    [Fact]
    public void An_areas_schools_give_the_shares_on_each_list_and_the_count_of_low_results_schools()
    {
        SchoolAnalysisRow[] rows =
        [
            Row("S1", "Школа № 1", lowResults: true, nonObjective: false, unfavourable: true),
            Row("S2", "Школа № 2", lowResults: false, nonObjective: true, unfavourable: true),
            Row("S3", "Школа № 3", lowResults: true, nonObjective: false, unfavourable: false),
            Row("S4", "Школа № 4", lowResults: false, nonObjective: false, unfavourable: false),
        ];

        var facts = RecommendationFacts.OfSchools("Альфинский округ", rows).ToDictionary(f => f.Kind);

        Assert.Equal(50, facts["low_results_share"].Value);
        Assert.Equal(25, facts["non_objective_share"].Value);
        Assert.Equal(50, facts["unfavourable_share"].Value);
        Assert.Equal(2, facts["low_results_schools"].Value);
        Assert.Equal(("Альфинский округ", "2", "4", "Школа № 1, Школа № 3"),
            (facts["low_results_schools"].Words["group"], facts["low_results_schools"].Words["count"], facts["low_results_schools"].Words["total"],
                facts["low_results_schools"].Words["schools"]));
        Assert.Empty(RecommendationFacts.OfSchools("Пусто", []));
    }

    private static SchoolAnalysisRow Row(string code, string name, bool lowResults, bool nonObjective, bool unfavourable) =>
        new(code, name, "M1", "Альфинский округ", SchoolType.General, 0.1, 40, "general-2", unfavourable, 60, null, null, null, 0, null, null, null,
            null, lowResults, false, nonObjective, nonObjective ? 2 : 0, nonObjective ? 2 : 0, new Dictionary<string, IReadOnlyList<Evidence>>());
}
