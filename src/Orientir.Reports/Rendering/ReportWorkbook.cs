using System.Drawing;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Orientir.Reports.Content;

namespace Orientir.Reports.Rendering;

/// <summary>
/// A report as an Excel workbook ready for further analysis: the sheet «Отчёт» (title, parameters, the list of sheets,
/// the recommendations) and then every table of the report as a sheet of its own, in the report's order, with the
/// headers in the first row, numbers as numbers in the table's number formats, the header row and the first column
/// frozen, an autofilter on the header and columns as wide as their contents (docs/reports/workbooks-and-cli.md).
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The header fill of the report's headings (the PDF's #1f5c8b); MiniExcel's header font is white, not bold.</summary>
    private static readonly Color HeaderFill = Color.FromArgb(0x1f, 0x5c, 0x8b);

    public static byte[] Render(Report report)
    {
        var names = new WorkbookSheetNames();
        var cover = names.Take(WorkbookCover.Name);
        var tables = report.Tables.Select(table => (Sheet: names.Take(table.Sheet), Table: table)).ToList();

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var columns = new List<DynamicExcelColumn>();
        sheets[cover] = Sheet(0, WorkbookCover.Table(report, tables), columns);
        for (var i = 0; i < tables.Count; i++) sheets[tables[i].Sheet] = Sheet(i + 1, tables[i].Table, columns);

        // One SaveAs for the whole workbook: MiniExcel's per-sheet Insert rewrites the package each time (quadratic in
        // the sheets), so the view settings are the workbook's — every sheet's first column is a row's name and is frozen.
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            FreezeRowCount = 1,
            FreezeColumnCount = 1,
            TableStyles = TableStyles.Default,
            StyleOptions = new OpenXmlStyleOptions
            {
                WrapCellContents = true,
                HeaderStyle = new OpenXmlHeaderStyle { WrapText = true, BackgroundColor = HeaderFill },
            },
            DynamicColumns = [.. columns],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        return stream.ToArray();
    }

    /// <summary>
    /// A table's rows keyed by «sheet.column», so each column of each sheet has its own header, format and width in the
    /// workbook-wide column list (two tables may share a header with different formats).
    /// </summary>
    private static List<Dictionary<string, object?>> Sheet(int sheet, TableBlock table, List<DynamicExcelColumn> columns)
    {
        var keys = new string[table.Columns.Count];
        for (var c = 0; c < keys.Length; c++)
        {
            var column = table.Columns[c];
            keys[c] = $"{sheet}.{c}";
            var header = WorkbookColumns.Header(column);
            columns.Add(new DynamicExcelColumn(keys[c])
            {
                Name = header,
                Format = WorkbookColumns.NumberFormat(column.Format),
                Width = WorkbookColumns.Width(header, column.Format, table.Rows.Select(row => c < row.Length ? row[c] : null)),
            });
        }

        var rows = new List<Dictionary<string, object?>>(Math.Max(table.Rows.Count, 1));
        foreach (var cells in table.Rows)
        {
            var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
            for (var c = 0; c < keys.Length; c++) row[keys[c]] = WorkbookColumns.Cell(c < cells.Length ? cells[c] : null);
            rows.Add(row);
        }
        // An empty table still shows its headers, and says why it has no rows.
        if (rows.Count == 0 && keys.Length > 0)
            rows.Add(keys.Select((key, c) => (key, value: c == 0 ? (object?)"Нет данных" : null)).ToDictionary(x => x.key, x => x.value, StringComparer.Ordinal));
        return rows;
    }
}
