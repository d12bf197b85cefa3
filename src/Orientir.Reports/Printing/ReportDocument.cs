using System.Net;
using System.Text;

namespace Orientir.Reports.Printing;

/// <summary>
/// The HTML shell every report is printed in: A4 print CSS (table headers repeated on every page, rows and charts never
/// split across pages, a title page of its own), a Cyrillic font, and the report's sections written by its builder.
/// </summary>
public sealed class ReportDocument
{
    private readonly StringBuilder _body = new();

    public ReportDocument(string title, string subtitle, IReadOnlyList<(string Label, string Value)>? facts = null)
    {
        Title = title;
        _body.Append("<section class=\"title-page\"><p class=\"kicker\">Ориентир · аналитический отчёт</p><h1>")
            .Append(Encode(title)).Append("</h1><p class=\"subtitle\">").Append(Encode(subtitle)).Append("</p>");
        if (facts is { Count: > 0 })
        {
            _body.Append("<dl class=\"facts\">");
            foreach (var (label, value) in facts) _body.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");
            _body.Append("</dl>");
        }
        _body.Append("</section>");
    }

    public string Title { get; }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Starts a section on a new page, or (<paramref name="newPage"/> false) after the previous one on the same page.</summary>
    public ReportDocument Section(string heading, bool newPage = true)
    {
        _body.Append(newPage ? "<h2>" : "<h2 class=\"run-on\">").Append(Encode(heading)).Append("</h2>");
        return this;
    }

    /// <summary>A heading within a section, kept with what follows it.</summary>
    public ReportDocument Subheading(string text)
    {
        _body.Append("<h3>").Append(Encode(text)).Append("</h3>");
        return this;
    }

    /// <summary>Large numbers with their labels, in a row.</summary>
    public ReportDocument KeyFigures(IEnumerable<(string Label, string Value)> figures)
    {
        _body.Append("<div class=\"figures\">");
        foreach (var (label, value) in figures)
            _body.Append("<div class=\"figure\"><div class=\"value\">").Append(Encode(value)).Append("</div><div class=\"label\">")
                .Append(Encode(label)).Append("</div></div>");
        _body.Append("</div>");
        return this;
    }

    /// <summary>A numbered list, each item with its evidence in smaller type under it.</summary>
    public ReportDocument NumberedList(IEnumerable<(string Text, string? Note)> items)
    {
        _body.Append("<ol class=\"recommendations\">");
        foreach (var (text, note) in items)
        {
            _body.Append("<li>").Append(Encode(text));
            if (!string.IsNullOrEmpty(note)) _body.Append("<div class=\"note\">").Append(Encode(note)).Append("</div>");
            _body.Append("</li>");
        }
        _body.Append("</ol>");
        return this;
    }

    /// <summary>Keeps what is written until <see cref="EndKeepTogether"/> on one page (a caption with a short table).</summary>
    public ReportDocument BeginKeepTogether()
    {
        _body.Append("<div class=\"keep\">");
        return this;
    }

    public ReportDocument EndKeepTogether()
    {
        _body.Append("</div>");
        return this;
    }

    public ReportDocument Caption(string text)
    {
        _body.Append("<p class=\"caption\">").Append(Encode(text)).Append("</p>");
        return this;
    }

    public ReportDocument Paragraph(string text)
    {
        _body.Append("<p>").Append(Encode(text)).Append("</p>");
        return this;
    }

    /// <summary>A chart as the pages draw it (an SVG document from ScottPlot), kept whole on one page.</summary>
    public ReportDocument Figure(string svg, string caption)
    {
        _body.Append("<figure>").Append(svg).Append("<figcaption>").Append(Encode(caption)).Append("</figcaption></figure>");
        return this;
    }

    /// <summary>A table whose header row repeats on every page it runs over; numeric columns are right-aligned.</summary>
    public ReportDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? numeric = null)
    {
        _body.Append("<table><thead><tr>");
        for (var i = 0; i < headers.Count; i++)
            _body.Append(numeric?.Contains(i) == true ? "<th class=\"n\">" : "<th>").Append(Encode(headers[i])).Append("</th>");
        _body.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                _body.Append(numeric?.Contains(i) == true ? "<td class=\"n\">" : "<td>").Append(Encode(row[i])).Append("</td>");
            _body.Append("</tr>");
        }
        _body.Append("</tbody></table>");
        return this;
    }

    public string ToHtml() =>
        "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + Encode(Title) + "</title><style>" + Css +
        "</style></head><body>" + _body + "</body></html>";

    private const string Css = """
        @page { size: A4; }
        body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; color: #1b1b1b; margin: 0; }
        .title-page { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
        .title-page .kicker { color: #1f5c8b; letter-spacing: .08em; text-transform: uppercase; font-size: 9pt; }
        .title-page h1 { font-size: 26pt; margin: 0 0 8mm; color: #173f5f; }
        .title-page .subtitle { font-size: 13pt; color: #444; }
        h2 { font-size: 15pt; color: #173f5f; border-bottom: 1px solid #c9d6e2; padding-bottom: 2mm; break-before: page; break-after: avoid; }
        table { width: 100%; border-collapse: collapse; margin: 3mm 0 6mm; font-size: 9pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th { background: #e9f0f6; text-align: left; font-weight: 600; }
        th, td { border-bottom: 1px solid #d8dee4; padding: 1.2mm 2mm; vertical-align: top; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 4mm 0; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 8.5pt; color: #555; margin-top: 1mm; }
        h3 { font-size: 12pt; color: #1f5c8b; margin: 6mm 0 2mm; break-after: avoid; }
        .keep { break-inside: avoid; }
        h2.run-on { break-before: auto; margin-top: 10mm; }
        .caption { font-weight: 600; margin: 4mm 0 1mm; break-after: avoid; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin-top: 14mm; font-size: 10pt; }
        .facts dt { color: #555; }
        .facts dd { margin: 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 4mm; margin: 3mm 0 5mm; break-inside: avoid; }
        .figure { border: 1px solid #c9d6e2; border-radius: 2mm; padding: 2mm 4mm; min-width: 30mm; }
        .figure .value { font-size: 15pt; font-weight: 700; color: #173f5f; }
        .figure .label { font-size: 8pt; color: #555; }
        .recommendations li { margin-bottom: 2.5mm; break-inside: avoid; }
        .recommendations .note { font-size: 8pt; color: #555; margin-top: .6mm; }
        """;
}
