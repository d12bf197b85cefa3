using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Database;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>The recommendation rules in force: the active rows of the table, as the engine takes them.</summary>
public sealed class RecommendationRuleStore(OrientirDbContext db)
{
    public async Task<IReadOnlyList<RecommendationRule>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.RecommendationRules.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Priority).ThenBy(r => r.Code)
            .ToListAsync(cancellationToken);
        return rows.Select(Rule).ToList();
    }

    public static RecommendationRule Rule(RecommendationRuleRecord row) =>
        new(row.Code, row.Level, row.Fact, Enum.Parse<RuleComparison>(row.Comparison), row.Threshold, row.Limit, row.Priority, row.Template);
}
