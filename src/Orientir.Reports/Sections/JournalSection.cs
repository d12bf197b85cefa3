using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// The assessment mark against the journal mark (methodology §3.1): понизили, подтвердили, повысили and the works whose
/// marks differ by two or more, of the works that have both.
/// </summary>
public static class JournalSection
{
    public static void Add(ReportSection section, ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons)
    {
        if (group.Indicators.Journal is not { Compared: > 0 } journal) return;
        var title = ProcedureSections.ResultsTitle(design);
        var region = comparisons.Count > 0 ? comparisons[^1].Indicators.Journal : null;
        section.Paragraph($"Отметку за работу можно сравнить с журнальной у {SectionText.Count(journal.Compared)} участников: " +
            $"подтвердили отметку {SectionText.Percent(journal.Same)}, понизили {SectionText.Percent(journal.Lower)}, повысили {SectionText.Percent(journal.Higher)}" +
            (region is null ? "." : $" (в регионе — {SectionText.Percent(region.Same)}, {SectionText.Percent(region.Lower)} и {SectionText.Percent(region.Higher)})."));
        var rows = new[] { group }.Concat(comparisons)
            .Select(g => g.Indicators.Journal is { Compared: > 0 } j && g.Indicators.Status != GroupStatus.Suppressed
                ? new object?[] { SectionText.GroupName(g), j.Compared, j.Lower, j.Same, j.Higher, j.DifferByTwoOrMore }
                : [SectionText.GroupName(g), null, null, null, null, null])
            .ToList();
        section.Table(new TableBlock(SectionText.Sheet("Журнал", design.Code),
            $"Отметка за работу и отметка в журнале, % участников: {title}",
            [
                new("Группа"), new("Сравнено работ", CellFormat.Integer), new("Понизили", CellFormat.Percent), new("Подтвердили", CellFormat.Percent),
                new("Повысили", CellFormat.Percent), new("Расходятся на 2 и более", CellFormat.Percent),
            ],
            rows));
    }
}
