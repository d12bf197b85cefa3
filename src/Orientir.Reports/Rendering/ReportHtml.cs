using System.Globalization;
using Orientir.Reports.Content;
using Orientir.Reports.Labels;
using Orientir.Reports.Printing;

namespace Orientir.Reports.Rendering;

/// <summary>A report as the HTML document that is shown, saved and printed to PDF: one rendering path for every form.</summary>
public static class ReportHtml
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Tables of at most this many rows are kept whole on one page.</summary>
    private const int ShortTableRows = 15;

    public static string Render(Report report)
    {
        var document = new ReportDocument(report.Title, report.Subtitle, report.Parameters.Select(p => (p.Label, p.Value)).ToList());
        foreach (var section in report.Sections)
        {
            // A section that is one sentence («нет данных за год») follows the previous one instead of taking a page of its own.
            document.Section(section.Heading, newPage: section.Blocks is not [ParagraphBlock]);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case SubheadingBlock subheading: document.Subheading(subheading.Text); break;
                    case ParagraphBlock paragraph: document.Paragraph(paragraph.Text); break;
                    case KeyFiguresBlock figures: document.KeyFigures(figures.Figures.Select(f => (f.Label, f.Value))); break;
                    case FigureBlock figure: document.Figure(figure.Svg, figure.Caption); break;
                    case RecommendationsBlock recommendations:
                        document.NumberedList(recommendations.Items.Select(r => (r.Text, (string?)EvidenceLabels.Text(r.Evidence))));
                        break;
                    case TableBlock table:
                        // A short table is never split from its caption or across a page: one row alone on the next page reads as a mistake.
                        var keep = table.Rows.Count <= ShortTableRows;
                        if (keep) document.BeginKeepTogether();
                        document.Caption(table.Caption);
                        var numeric = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Format != CellFormat.Text).Select(x => x.i).ToHashSet();
                        document.Table(table.Columns.Select(c => c.Header).ToList(),
                            table.Rows.Select(row => (IReadOnlyList<string>)row.Select((cell, i) => Cell(cell, table.Columns[i].Format)).ToList()),
                            numeric);
                        if (keep) document.EndKeepTogether();
                        break;
                }
            }
        }
        return document.ToHtml();
    }

    /// <summary>A cell as the HTML writes it: Russian decimals, «—» for no data.</summary>
    public static string Cell(object? value, CellFormat format) => value switch
    {
        null => "—",
        string text => text,
        bool flag => flag ? "да" : "нет",
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,0", Russian),
        double number when double.IsNaN(number) => "—",
        double number => Minus(format switch
        {
            CellFormat.Integer => number.ToString("#,0", Russian),
            CellFormat.Decimal2 => number.ToString("0.00", Russian),
            _ => number.ToString("0.0", Russian),
        }),
        _ => Convert.ToString(value, Russian) ?? "",
    };

    /// <summary>A typeset minus sign, as printed reports write it; «−0,0» (a small negative rounded away) is written as 0.</summary>
    private static string Minus(string formatted) =>
        formatted.StartsWith('-') ? (formatted.Trim('-', '0', ',', ' ', '\u00A0').Length == 0 ? formatted[1..] : "−" + formatted[1..]) : formatted;
}
