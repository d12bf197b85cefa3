using Orientir.Analytics.Recommendations;
using Orientir.Reports.Content;

namespace Orientir.Reports.Areas;

/// <summary>
/// «Адресные рекомендации»: the rules in data applied to the facts of the report (docs/reports/recommendations.md), each
/// recommendation numbered with the numbers that fired it; a sentence when no rule fired.
/// </summary>
public static class RecommendationsSection
{
    public const string Heading = "Адресные рекомендации";

    public static async Task AddAsync(Report report, ReportContext context, string level, IReadOnlyList<RecommendationFact> facts,
        string whom, CancellationToken cancellationToken)
    {
        var section = report.Section(Heading);
        var recommendations = RecommendationEngine.Apply(await context.RulesAsync(cancellationToken), level, facts);
        if (recommendations.Count == 0)
        {
            section.Paragraph($"По данным отчёта ни одно правило рекомендаций уровня «{whom}» не сработало: " +
                "показатели не выходят за пороги, заданные в правилах (страница «Правила рекомендаций»).");
            return;
        }
        section.Paragraph($"Рекомендации составлены по правилам, хранящимся в системе, из показателей этого отчёта; под каждой — " +
            $"числа, по которым сработало правило. Всего рекомендаций: {AreaText.Count(recommendations.Count)}.");
        section.Recommendations(recommendations);
    }
}
