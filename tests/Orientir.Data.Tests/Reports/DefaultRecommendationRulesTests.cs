using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Database;
using Orientir.Data.Reports;
using Orientir.Testing;

namespace Orientir.Data.Tests.Reports;

public class DefaultRecommendationRulesTests
{
    [Fact]
    public void The_shipped_rules_pass_the_checks_and_speak_in_every_level()
    {
        var rules = DefaultRecommendationRules.Read();

        Assert.InRange(rules.Count, 20, 40);
        Assert.All(rules, r => Assert.Empty(RecommendationRuleCheck.Problems(r)));
        Assert.Equal(RecommendationFactKinds.Levels.Order(), rules.Select(r => r.Level).Distinct().Order());
        Assert.Equal(rules.Count, rules.Select(r => r.Code).Distinct().Count());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_migrated_database_holds_the_shipped_rules_without_an_audit_entry_and_a_second_migration_adds_none(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await OrientirDatabase.MigrateAsync(database.ConnectionString);

        await using var db = database.CreateContext();
        Assert.Equal(DefaultRecommendationRules.Read().Count, await db.RecommendationRules.CountAsync());
        Assert.Empty(await db.Audit.ToListAsync());
        var active = await new RecommendationRuleStore(db).ActiveAsync();
        Assert.Contains(active, r => r.Code == "school.skill-gap" && r.Fact == "skill_gap" && r.Comparison == RuleComparison.AtLeast && r.Threshold == 10);
        Assert.Equal(active.OrderBy(r => r.Priority).Select(r => r.Priority), active.Select(r => r.Priority));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Edited_rules_are_kept_by_the_next_migration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var rule = await db.RecommendationRules.SingleAsync(r => r.Code == "school.skill-gap");
            rule.Threshold = 12;
            db.RecommendationRules.Remove(await db.RecommendationRules.SingleAsync(r => r.Code == "school.high-marks"));
            await db.SaveChangesAsync();
        }

        await OrientirDatabase.MigrateAsync(database.ConnectionString);

        await using var again = database.CreateContext();
        Assert.Equal(12, (await again.RecommendationRules.SingleAsync(r => r.Code == "school.skill-gap")).Threshold);
        Assert.False(await again.RecommendationRules.AnyAsync(r => r.Code == "school.high-marks"));
    }
}
