using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Reports.Charts;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// The distribution of marks against the comparisons (methodology §3.1). A procedure without marks (ЕГЭ) is judged by
/// its minimum score and mean, which the key table already holds; the section then says so instead of drawing marks.
/// </summary>
public static class MarksSection
{
    public static void Add(ReportSection section, ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons)
    {
        var title = ProcedureSections.ResultsTitle(design);
        if (group.Indicators.Marks is not { } marks)
        {
            section.Paragraph(design.MinScore is { } min
                ? $"Отметки по этой процедуре не выставляются; результат оценивается по среднему баллу и доле участников, не набравших " +
                  $"минимального балла ({min} первичных баллов), — они приведены в таблице выше."
                : "Отметки по этой процедуре не выставляются; результат оценивается по среднему баллу и проценту от максимума.");
            return;
        }
        var region = comparisons.Count > 0 ? comparisons[^1].Indicators.Marks : null;
        section.Figure(MarksChart.Svg(marks, region, width: 600, height: 270),
            $"Распределение отметок: {group.Name} (цветные столбцы) и регион (серые), {title}, % участников");
        var rows = new[] { group }.Concat(comparisons)
            .Select(g => g.Indicators.Marks is { } m && g.Indicators.Status != GroupStatus.Suppressed
                ? new object?[] { SectionText.GroupName(g), m.Two, m.Three, m.Four, m.Five }
                : [SectionText.GroupName(g), null, null, null, null])
            .ToList();
        section.Table(new TableBlock(SectionText.Sheet("Отметки", design.Code), $"Доли отметок, % участников: {title}",
            [new("Группа"), new("«2»", CellFormat.Percent), new("«3»", CellFormat.Percent), new("«4»", CellFormat.Percent), new("«5»", CellFormat.Percent)],
            rows));
    }
}
