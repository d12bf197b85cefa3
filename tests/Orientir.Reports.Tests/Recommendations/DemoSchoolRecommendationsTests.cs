using Orientir.Analytics.Recommendations;
using Orientir.Data.Reports;
using Orientir.Reports.Recommendations;
using Orientir.Reports.Tests.Demo;

namespace Orientir.Reports.Tests.Recommendations;

[Collection(DemoRegionCollection.Name)]
public class DemoSchoolRecommendationsTests(DemoRegionFixture demo)
{
    [Fact]
    public async Task The_default_rules_recommend_work_on_a_demo_schools_weak_skill()
    {
        await using var db = demo.Database.CreateContext();
        var context = demo.RegionContext(db);
        var rules = await context.RulesAsync(CancellationToken.None);
        var gapRule = rules.Single(r => r.Code == "school.skill-gap");

        var sets = await context.Indicators.YearAsync(DemoRegionFixture.Year);
        var (school, facts) = sets.SelectMany(set => set.Schools.Select(s => (School: s, Facts: RecommendationFacts.OfProcedure(set.Design, s, set.Region, context.Settings))))
            .First(x => x.Facts.Any(f => f.Kind == "skill_gap" && f.Value >= gapRule.Threshold));

        var recommendations = RecommendationEngine.Apply(rules, RecommendationFactKinds.School, facts);

        var weakest = facts.Where(f => f.Kind == "skill_gap").MaxBy(f => f.Value)!;
        var recommendation = recommendations.First(r => r.RuleCode == gapRule.Code);
        Assert.Contains($"отработку умения {weakest.Words["skill"]}", recommendation.Text);
        Assert.DoesNotContain("{", recommendation.Text);
        Assert.NotEmpty(recommendation.Evidence);
        Assert.True(recommendations.Count(r => r.RuleCode == gapRule.Code) <= gapRule.Limit, school.Name);
        Assert.Equal(DefaultRecommendationRules.Read().Count(r => r.Active), rules.Count);
    }
}
