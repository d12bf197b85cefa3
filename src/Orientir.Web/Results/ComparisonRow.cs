using Orientir.Analytics.Indicators;
using Orientir.Data.Results;

namespace Orientir.Web.Results;

/// <summary>
/// One line of a procedure's comparison table (page and Excel): a municipality or a school in scope, or the region
/// as the baseline. A suppressed group keeps its participants and nothing else.
/// </summary>
public sealed record ComparisonRow(
    IndicatorLevel Level, string Code, string Name, int Participants, GroupStatus Status,
    double? MeanPercent, double? ShareOfTwo, double? SuccessRate, double? QualityRate)
{
    public string LevelName => Level switch
    {
        IndicatorLevel.Region => "Регион",
        IndicatorLevel.Municipality => "Муниципалитет",
        _ => "Школа",
    };

    public static ComparisonRow From(LevelIndicators group)
    {
        var i = group.Indicators;
        return new ComparisonRow(group.Level, group.Code, group.Name, i.Participants, i.Status,
            i.MeanPercent, i.Marks?.Two, i.SuccessRate, i.QualityRate);
    }

    /// <summary>The region first, then the municipalities, then the schools, each as the queries list them.</summary>
    public static IReadOnlyList<ComparisonRow> Of(ProcedureIndicatorSet set) =>
        [From(set.Region), .. set.Municipalities.Select(From), .. set.Schools.Select(From)];
}
