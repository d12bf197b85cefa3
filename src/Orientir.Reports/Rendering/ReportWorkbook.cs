using MiniExcelLibs;
using Orientir.Reports.Content;

namespace Orientir.Reports.Rendering;

/// <summary>A report's tables as an Excel workbook: one sheet per table, numbers kept as numbers.</summary>
public static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Render(Report report)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in report.Tables)
        {
            var rows = table.Rows.Select(row =>
            {
                var record = new Dictionary<string, object?>();
                for (var i = 0; i < table.Columns.Count; i++) record[table.Columns[i].Header] = row[i];
                return record;
            }).ToList();
            sheets[table.Sheet] = rows;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
