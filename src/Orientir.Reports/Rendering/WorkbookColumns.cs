using System.Globalization;
using Orientir.Reports.Content;

namespace Orientir.Reports.Rendering;

/// <summary>How a report column becomes a workbook column: its header, its number format, its width and its cells.</summary>
internal static class WorkbookColumns
{
    private const int NarrowestWidth = 8;
    private const int WidestWidth = 60;
    /// <summary>Headers wrap (the header style does), so a long header only asks for about this many characters a line.</summary>
    private const int HeaderLine = 16;
    /// <summary>The autofilter's drop-down button and the cell's margins.</summary>
    private const int Padding = 3;

    /// <summary>Excel's number format of a cell format; percentages are already on the 0–100 scale, so not Excel's «%».</summary>
    public static string? NumberFormat(CellFormat format) => format switch
    {
        CellFormat.Integer => "#,##0",
        CellFormat.Decimal1 => "0.0",
        CellFormat.Decimal2 => "0.00",
        CellFormat.Percent => "0.0",
        _ => null,
    };

    /// <summary>A percentage column says «%» in its header, since its cells hold 12.5 for 12.5 %.</summary>
    public static string Header(ReportColumn column) =>
        column.Format == CellFormat.Percent && !column.Header.Contains('%', StringComparison.Ordinal) ? column.Header + ", %" : column.Header;

    /// <summary>A cell as the workbook stores it: numbers stay numbers (Excel has no NaN: no data is an empty cell).</summary>
    public static object? Cell(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "да" : "нет",
        int or long => value,
        double number => double.IsFinite(number) ? number : null,
        float or decimal or short or byte => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Wide enough for the longest value as Excel shows it and for the header's longest word, within bounds.</summary>
    public static int Width(string header, CellFormat format, IEnumerable<object?> cells)
    {
        var longest = 0;
        foreach (var cell in cells)
            if (cell is not null) longest = Math.Max(longest, ReportHtml.Cell(cell, format).Length);
        var headerWord = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
        var wanted = Math.Max(longest, Math.Max(headerWord, Math.Min(header.Length, HeaderLine))) + Padding;
        return Math.Clamp(wanted, NarrowestWidth, WidestWidth);
    }
}
