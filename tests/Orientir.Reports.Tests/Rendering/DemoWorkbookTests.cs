using Microsoft.EntityFrameworkCore;
using Orientir.Reports.Content;
using Orientir.Reports.Rendering;
using Orientir.Reports.Tests.Demo;

namespace Orientir.Reports.Tests.Rendering;

/// <summary>The demo region's reports as workbooks: every table of the report is a sheet with the same numbers.</summary>
[Collection(DemoRegionCollection.Name)]
public sealed class DemoWorkbookTests(DemoRegionFixture demo)
{
    [Theory]
    [InlineData(ReportLevel.School)]
    [InlineData(ReportLevel.Municipality)]
    [InlineData(ReportLevel.Region)]
    public async Task The_workbook_holds_every_table_of_the_report_with_the_same_numbers(ReportLevel level)
    {
        await using var db = demo.Database.CreateContext();
        var code = level switch
        {
            ReportLevel.School => await db.Schools.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync(),
            ReportLevel.Municipality => await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Code).FirstAsync(),
            _ => null,
        };
        var report = await ReportBuilder.BuildAsync(demo.RegionContext(db), new ReportRequest(level, code, DemoRegionFixture.Year));
        Assert.NotNull(report);
        var tables = report.Tables.ToList();

        var workbook = new WorkbookFile(ReportWorkbook.Render(report));

        Assert.Equal(tables.Count + 1, workbook.SheetNames.Count);
        var cover = workbook.Rows("Отчёт");
        Assert.Equal(report.Parameters.Select(p => (p.Label, p.Value)),
            cover.Where(row => (string?)row[0] == "Параметры").Select(row => ((string)row[1]!, (string)row[2]!)));
        Assert.Equal(tables.Count == 0 ? [("—", "В отчёте нет таблиц")] : tables.Select((table, t) => (workbook.SheetNames[t + 1], table.Caption)),
            cover.Where(row => (string?)row[0] == "Листы").Select(row => ((string)row[1]!, (string)row[2]!)));
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var rows = workbook.Rows(workbook.SheetNames[t + 1]);
            Assert.Equal(table.Columns.Select(WorkbookColumns.Header), rows[0].Select(h => (string?)h));
            var expected = table.Rows.Count == 0 ? 1 : table.Rows.Count;
            Assert.Equal(expected, rows.Count - 1);
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < table.Columns.Count; c++)
                    Assert.True(Same(table.Rows[r][c], rows[r + 1][c]),
                        $"{table.Sheet}, row {r + 1}, column «{table.Columns[c].Header}»: report {table.Rows[r][c]}, workbook {rows[r + 1][c]}");
        }
    }

    /// <summary>A report cell and the workbook's: numbers equal as numbers (the workbook keeps every digit), text as text.</summary>
    private static bool Same(object? report, object? workbook) => report switch
    {
        null => workbook is null,
        // A spreadsheet does not tell an empty text from an empty cell.
        string { Length: 0 } => workbook is null or "",
        double number when !double.IsFinite(number) => workbook is null,
        int or long or double or float or decimal => workbook is double read && read == Convert.ToDouble(report, System.Globalization.CultureInfo.InvariantCulture),
        bool flag => Equals(workbook, flag ? "да" : "нет"),
        _ => Equals(workbook, Convert.ToString(report, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
