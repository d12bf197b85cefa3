using Orientir.Reports.Content;
using Orientir.Reports.Labels;

namespace Orientir.Reports.Rendering;

/// <summary>
/// The workbook's first sheet «Отчёт», the title page of the PDF as a table: the title and subtitle, the parameters,
/// the list of the sheets with their captions and the recommendations with their evidence. A table like every other
/// sheet, so its filter picks one part (e.g. only the recommendations).
/// </summary>
internal static class WorkbookCover
{
    public const string Name = "Отчёт";
    public const string Part = "Раздел";
    public const string Item = "Пункт";
    public const string Content = "Содержание";
    public const string Evidence = "Основание";

    public static TableBlock Table(Report report, IReadOnlyList<(string Sheet, TableBlock Table)> sheets)
    {
        var rows = new List<object?[]>
        {
            new object?[] { "Отчёт", "Название", report.Title, null },
            new object?[] { "Отчёт", "Подзаголовок", report.Subtitle, null },
        };
        rows.AddRange(report.Parameters.Select(p => new object?[] { "Параметры", p.Label, p.Value, null }));
        rows.AddRange(sheets.Select(s => new object?[] { "Листы", s.Sheet, s.Table.Caption, null }));
        if (sheets.Count == 0) rows.Add(["Листы", "—", "В отчёте нет таблиц", null]);
        rows.AddRange(report.Recommendations.Select((r, i) => new object?[]
            { "Рекомендации", $"{i + 1}", r.Text, r.Evidence.Count == 0 ? null : EvidenceLabels.Text(r.Evidence) }));
        return new TableBlock(Name, report.Title,
            [new ReportColumn(Part), new ReportColumn(Item), new ReportColumn(Content), new ReportColumn(Evidence)], rows);
    }
}
