using System.Globalization;
using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Reports.Charts;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// The share of «2» by year in each series of the same procedure kind, subject and grade; a rise of at least the
/// configured points is negative dynamics (methodology §3.1, IndicatorSettings.NegativeDynamicsRise).
/// </summary>
public static class DynamicsSection
{
    public static void Add(Report report, IReadOnlyList<DynamicsSeries>? series, IndicatorSettings settings)
    {
        var section = report.Section("Динамика");
        var shown = (series ?? []).Where(s => s.Points.Any(p => p.ShareOfTwo is not null)).ToList();
        if (shown.Count == 0)
        {
            section.Paragraph("Нет данных для динамики: ни в одной процедуре с отметками нет результатов за несколько лет.");
            return;
        }
        var negative = shown.SelectMany(s => s.Points.Where(p => p.NegativeDynamics).Select(p => (s.Title, p))).ToList();
        section.Paragraph(negative.Count == 0
            ? $"Отрицательной динамики нет: ни в одной серии доля «2» не выросла за год на {SectionText.Number(settings.NegativeDynamicsRise, "0.#")} процентных пунктов и более."
            : "Отрицательная динамика (рост доли «2» на " + SectionText.Number(settings.NegativeDynamicsRise, "0.#") + " п. п. и более): " +
              string.Join("; ", negative.Select(n => $"{n.Title}, {n.p.Year} год ({SectionText.Points(n.p.ChangeOfShareOfTwo ?? 0)})")) + ".");
        section.Figure(DynamicsChart.Svg([.. shown.Select(s => new DynamicsLine(s.Title, s.Points))]),
            "Доля работ с отметкой «2» по годам; кружком отмечена отрицательная динамика");
        var years = shown.SelectMany(s => s.Points).Where(p => p.ShareOfTwo is not null).Select(p => p.Year).Distinct().Order().ToList();
        var columns = new List<ReportColumn> { new("Процедура") };
        columns.AddRange(years.Select(y => new ReportColumn(y.ToString(CultureInfo.InvariantCulture), CellFormat.Percent)));
        columns.Add(new("Отрицательная динамика"));
        var rows = shown.Select(s =>
        {
            var row = new List<object?> { s.Title };
            row.AddRange(years.Select(y => (object?)s.Points.FirstOrDefault(p => p.Year == y)?.ShareOfTwo));
            var flagged = s.Points.Where(p => p.NegativeDynamics).Select(p => p.Year.ToString(CultureInfo.InvariantCulture)).ToList();
            row.Add(flagged.Count == 0 ? "нет" : string.Join(", ", flagged));
            return row.ToArray();
        }).ToList();
        section.Table(new TableBlock("Динамика", "Доля работ с отметкой «2» по годам, %", columns, rows));
    }
}
