using Orientir.Analytics.Recommendations;

namespace Orientir.Reports.Content;

/// <summary>
/// A report as its builders write it, before any form: sections of paragraphs, key figures, charts, tables and
/// recommendations. The HTML (and so the PDF) and the Excel workbook are both rendered from it, so a table of the PDF
/// is always a sheet of the workbook with the same numbers.
/// </summary>
public sealed class Report(string title, string subtitle)
{
    public string Title { get; } = title;
    public string Subtitle { get; } = subtitle;

    /// <summary>The title page's facts: object, year, methodology version, when and by whom it was produced.</summary>
    public List<KeyFigure> Parameters { get; } = [];

    public List<ReportSection> Sections { get; } = [];

    public ReportSection Section(string heading)
    {
        var section = new ReportSection(heading);
        Sections.Add(section);
        return section;
    }

    public IEnumerable<TableBlock> Tables => Sections.SelectMany(s => s.Blocks).OfType<TableBlock>();

    public IEnumerable<Recommendation> Recommendations =>
        Sections.SelectMany(s => s.Blocks).OfType<RecommendationsBlock>().SelectMany(b => b.Items);
}

/// <summary>A chapter of a report; in print it starts on a new page.</summary>
public sealed class ReportSection(string heading)
{
    public string Heading { get; } = heading;
    public List<ReportBlock> Blocks { get; } = [];

    public ReportSection Subheading(string text) => Add(new SubheadingBlock(text));
    public ReportSection Paragraph(string text) => Add(new ParagraphBlock(text));
    public ReportSection Figures(params KeyFigure[] figures) => Add(new KeyFiguresBlock(figures));
    public ReportSection Figure(string svg, string caption) => Add(new FigureBlock(svg, caption));
    public ReportSection Table(TableBlock table) => Add(table);
    public ReportSection Recommendations(IReadOnlyList<Recommendation> items) => Add(new RecommendationsBlock(items));

    private ReportSection Add(ReportBlock block)
    {
        Blocks.Add(block);
        return this;
    }
}

public abstract record ReportBlock;

/// <summary>A heading inside a section (a procedure within «Результаты процедур»); no page break.</summary>
public sealed record SubheadingBlock(string Text) : ReportBlock;

public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A row of large numbers with their labels (participants, share of «2», …).</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<KeyFigure> Figures) : ReportBlock;

public sealed record KeyFigure(string Label, string Value);

/// <summary>A ScottPlot chart as an SVG document, the same one the pages draw.</summary>
public sealed record FigureBlock(string Svg, string Caption) : ReportBlock;

public sealed record RecommendationsBlock(IReadOnlyList<Recommendation> Items) : ReportBlock;

/// <summary>How a cell is written: Excel keeps numbers as numbers with this format; the HTML writes them in Russian.</summary>
public enum CellFormat
{
    Text,
    Integer,
    /// <summary>One decimal (scores, effects in points).</summary>
    Decimal1,
    /// <summary>Two decimals (effects, z).</summary>
    Decimal2,
    /// <summary>A percentage already on the 0–100 scale, one decimal.</summary>
    Percent,
}

public sealed record ReportColumn(string Header, CellFormat Format = CellFormat.Text);

/// <summary>
/// A table of the report and a sheet of its workbook. <paramref name="Sheet"/> is the sheet's name (unique within a
/// report, at most 31 characters); cells are strings, integers or doubles (null: no data, shown «—»).
/// </summary>
public sealed record TableBlock(string Sheet, string Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows) : ReportBlock;
