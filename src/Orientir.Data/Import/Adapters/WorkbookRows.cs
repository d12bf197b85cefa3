using System.Globalization;
using MiniExcelLibs;

namespace Orientir.Data.Import.Adapters;

/// <summary>One row of a sheet: its number as Excel shows it and its cells as text (numbers in invariant form).</summary>
public sealed record SheetRow(int Number, string[] Cells)
{
    public string Cell(int column) => column < Cells.Length ? Cells[column] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Streams the rows of an .xlsx sheet through MiniExcel (one row in memory at a time), numbered as Excel numbers
/// them, with every cell as trimmed text: what the adapters parse and what their messages quote.
/// </summary>
public static class WorkbookRows
{
    public static IReadOnlyList<string> SheetNames(string path) => MiniExcel.GetSheetNames(path);

    public static IEnumerable<SheetRow> Read(string path, string? sheet = null)
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet))
        {
            number++;
            var cells = new string[row.Count];
            var i = 0;
            foreach (var value in row.Values) cells[i++] = Text(value);
            yield return new SheetRow(number, cells);
        }
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
