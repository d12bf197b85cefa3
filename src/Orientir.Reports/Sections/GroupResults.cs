using Orientir.Analytics.Indicators;
using Orientir.Data.Results;

namespace Orientir.Reports.Sections;

/// <summary>A group's indicators in one procedure with those it is compared with, nearest first (the region last).</summary>
public sealed record GroupResults(ProcedureDesign Design, LevelIndicators Group, IReadOnlyList<LevelIndicators> Comparisons)
{
    public LevelIndicators? Region => Comparisons.LastOrDefault(c => c.Level == IndicatorLevel.Region);

    public string Title => ProcedureSections.ResultsTitle(Design);

    /// <summary>The group's results can be compared: not suppressed and informative.</summary>
    public bool Informative => Group.Indicators.Status == GroupStatus.Informative;
}
