using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Database;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>The rules of the recommendations as stored: the active ones as the engine takes them, all of them for the page and the export.</summary>
public sealed class RecommendationRuleStore(OrientirDbContext db)
{
    public async Task<IReadOnlyList<RecommendationRule>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.RecommendationRules.AsNoTracking().Where(r => r.Active).ToListAsync(cancellationToken);
        return Ordered(rows).Select(Rule).ToList();
    }

    /// <summary>Every rule, active or not, by level (school, municipality, region), then priority and code.</summary>
    public async Task<IReadOnlyList<RecommendationRuleRow>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.RecommendationRules.AsNoTracking().ToListAsync(cancellationToken);
        return Ordered(rows).OrderBy(r => LevelOrder(r.Level)).Select(RecommendationRuleRow.Of).ToList();
    }

    /// <summary>The rules as CSV (<see cref="RecommendationRulesCsv"/>): the file an import takes back unchanged.</summary>
    public async Task ExportAsync(Stream output, CancellationToken cancellationToken = default) =>
        await RecommendationRulesCsv.WriteAsync(await AllAsync(cancellationToken), output, cancellationToken);

    public static RecommendationRule Rule(RecommendationRuleRecord row) =>
        new(row.Code, row.Level, row.Fact, Enum.Parse<RuleComparison>(row.Comparison), row.Threshold, row.Limit, row.Priority, row.Template);

    /// <summary>In memory, so that both databases order the codes alike.</summary>
    private static IEnumerable<RecommendationRuleRecord> Ordered(IEnumerable<RecommendationRuleRecord> rules) =>
        rules.OrderBy(r => r.Priority).ThenBy(r => r.Code, StringComparer.Ordinal);

    private static int LevelOrder(string level)
    {
        var index = RecommendationFactKinds.Levels.ToList().IndexOf(level);
        return index < 0 ? int.MaxValue : index;
    }
}
