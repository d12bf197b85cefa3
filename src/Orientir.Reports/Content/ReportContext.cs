using Orientir.Analytics.Indicators;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Database;
using Orientir.Data.Reports;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Domain.Access;

namespace Orientir.Reports.Content;

/// <summary>
/// What every report builder reads through: the database in the asking user's scope (the same scoped queries the pages
/// use, so a report never shows what its reader could not open), the indicator settings, the rules of the
/// recommendations, the clock and the progress to report.
/// </summary>
public sealed class ReportContext(OrientirDbContext db, AccessScope scope, string user, TimeProvider time, IProgress<ReportProgress>? progress = null)
{
    public OrientirDbContext Db { get; } = db;
    public AccessScope Scope { get; } = scope;
    public string User { get; } = user;
    public TimeProvider Time { get; } = time;
    public IndicatorSettings Settings { get; } = IndicatorSettings.Default;
    public IndicatorQueries Indicators { get; } = new(db, scope, IndicatorSettings.Default);
    public SchoolListQueries Lists { get; } = new(db, scope);

    public void Report(string stage, int done, int total) => progress?.Report(new ReportProgress(stage, done, total));

    public Task<IReadOnlyList<RecommendationRule>> RulesAsync(CancellationToken cancellationToken) =>
        new RecommendationRuleStore(Db).ActiveAsync(cancellationToken);
}
