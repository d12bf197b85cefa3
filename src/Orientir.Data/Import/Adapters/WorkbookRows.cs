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
/// them, with every cell as trimmed text: what the adapters parse and what their messages quote. A damaged workbook
/// (broken XML, a missing or duplicated part, not a zip) throws <see cref="InvalidDataException"/> with a Russian
/// message, whatever MiniExcel threw, so that the importer reports it (IMP010) instead of crashing.
/// </summary>
public static class WorkbookRows
{
    public static IReadOnlyList<string> SheetNames(string path) => Guarded(() => MiniExcel.GetSheetNames(path));

    public static IEnumerable<SheetRow> Read(string path, string? sheet = null)
    {
        using var rows = Guarded(() => MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).GetEnumerator());
        var number = 0;
        while (Guarded(rows.MoveNext))
        {
            var row = (IDictionary<string, object?>)rows.Current;
            number++;
            var cells = new string[row.Count];
            var i = 0;
            foreach (var value in row.Values) cells[i++] = Text(value);
            yield return new SheetRow(number, cells);
        }
    }

    public const string DamagedMessage = "книга Excel повреждена или это не файл .xlsx: откройте её в Excel, сохраните заново и загрузите ещё раз";

    // MiniExcel reports a damaged part by whatever its parser hits (XmlException, NullReferenceException for a missing
    // sharedStrings.xml, ArgumentException for a duplicated entry, …): any of them means the file, not the program.
    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataException(DamagedMessage, e);
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
