using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Results;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// The results of one group (a school or a municipality) in one procedure, as the school and municipality reports
/// print them: marks, the score histogram with thresholds, task and skill success against the comparison groups, the
/// mark against the journal.
/// </summary>
public static class ProcedureSections
{
    /// <param name="comparisons">The groups to compare with, nearest first (a school: its municipality, then the region).</param>
    public static void Add(ReportSection section, ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons,
        IndicatorSettings settings)
    {
        section.Subheading(ResultsTitle(design));
        section.Figures(new KeyFigure("Участников", group.Indicators.Participants.ToString()));
    }

    public static string ResultsTitle(ProcedureDesign design) =>
        $"{design.Kind.Russian()} {ResultsNames.SubjectName(design.Subject)}, {design.Grade} класс";
}
