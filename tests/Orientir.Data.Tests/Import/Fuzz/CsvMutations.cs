using System.Text;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>A mutated input and a short account of what was done to it, printed with a failing case.</summary>
internal sealed record Mutated(byte[] Bytes, string Detail);

/// <summary>
/// One way to damage an input. <see cref="Apply"/> returns null when the mutation does not fit the input (a zip
/// mutation of a CSV file), so that the case generator picks another one.
/// </summary>
internal sealed record Mutation(string Name, Func<FuzzInput, Random, Mutated?> Apply);

/// <summary>The seed file a case damages: its bytes, and for a CSV file also its cells and separator.</summary>
internal sealed record FuzzInput(byte[] Bytes, List<string[]>? Rows, char Separator = ';')
{
    public bool IsCsv => Rows is not null;
    public bool IsZip => Bytes.Length > 4 && Bytes[0] == 'P' && Bytes[1] == 'K';
}

/// <summary>Mutations of a CSV file's cells and text: wrong values, wrong shape, wrong encoding, oversized.</summary>
internal static class CsvMutations
{
    private const int TenMegabytes = 10 << 20;

    private static readonly string[] BadNumbers = ["abc", "-1", "-999999", "99999999999999999999", "NaN", "1e309",
        "∞", "1,5,5", "0x1F", "", " ", "12 345", "+", "1e5", "٣"];

    public static IEnumerable<Mutation> All =>
    [
        Cells("numeric cell → text/negative/huge/NaN", (rows, random) =>
        {
            var (r, c) = Cell(rows, random);
            var value = BadNumbers[random.Next(BadNumbers.Length)];
            rows[r][c] = value;
            return $"line {r + 1}, column {rows[0][c]} = «{value}»";
        }),
        Cells("duplicate a row", (rows, random) =>
        {
            var r = 1 + random.Next(rows.Count - 1);
            rows.Insert(r, (string[])rows[r].Clone());
            return $"line {r + 1}";
        }),
        Cells("duplicate a header column", (rows, random) =>
        {
            var c = random.Next(rows[0].Length);
            for (var r = 0; r < rows.Count; r++) rows[r] = [.. rows[r], rows[r].Length > c ? rows[r][c] : ""];
            return $"column {rows[0][c]}";
        }),
        Cells("delete a column", (rows, random) =>
        {
            var c = random.Next(rows[0].Length);
            var name = rows[0][c];
            for (var r = 0; r < rows.Count; r++) rows[r] = [.. rows[r].Where((_, i) => i != c)];
            return $"column {name}";
        }),
        Cells("swap two columns' values", (rows, random) =>
        {
            int a = random.Next(rows[0].Length), b = random.Next(rows[0].Length);
            for (var r = 1; r < rows.Count; r++) (rows[r][a], rows[r][b]) = (rows[r][b], rows[r][a]);
            return $"columns {rows[0][a]} and {rows[0][b]}";
        }),
        Cells("only the header", (rows, _) =>
        {
            rows.RemoveRange(1, rows.Count - 1);
            return "";
        }),
        Cells("short and long rows", (rows, random) =>
        {
            var r = 1 + random.Next(rows.Count - 1);
            rows[r] = random.Next(2) == 0 ? rows[r][..1] : [.. rows[r], "лишнее", "ещё"];
            return $"line {r + 1}";
        }),
        Cells("10 MB field", (rows, random) =>
        {
            var (r, c) = Cell(rows, random);
            rows[r][c] = new string('9', TenMegabytes);
            return $"line {r + 1}, column {rows[0][c]}";
        }),
        Text("10 MB line without a newline", (text, _) => (text + new string('Ж', TenMegabytes), "")),
        Text("no final newline", (text, _) => (text.TrimEnd('\r', '\n'), "")),
        Text("unbalanced quote", (text, random) =>
        {
            var at = random.Next(text.Length);
            return (text.Insert(at, "\""), $"at char {at}");
        }),
        Text("other separator", (text, random) =>
        {
            var separator = "\t,|: "[random.Next(5)];
            return (text.Replace(';', separator), $"«{separator}»");
        }),
        Text("mixed line breaks", (text, _) => (text.Replace("\r\n", "\r"), "CR only")),
        Text("control characters and NUL", (text, random) =>
        {
            var at = random.Next(text.Length);
            return (text.Insert(at, "\0\u0001\u001b\u2028"), $"at char {at}");
        }),
        Encoded("UTF-16 LE with BOM", text => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]),
        Encoded("UTF-16 BE without BOM", text => Encoding.BigEndianUnicode.GetBytes(text)),
        Encoded("Windows-1252 (Cyrillic lost)", text => Encoding.GetEncoding(1252).GetBytes(text)),
        Encoded("UTF-8 read as Latin-1 and saved again (mojibake)",
            text => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text)))),
        Encoded("BOM only", _ => [.. Encoding.UTF8.Preamble]),
        Encoded("empty file", _ => []),
        Encoded("blank lines only", _ => Encoding.UTF8.GetBytes("\r\n  \r\n;;;\r\n")),
    ];

    /// <summary>A data cell (never the header), so that the value mutations hit values.</summary>
    private static (int Row, int Column) Cell(List<string[]> rows, Random random)
    {
        var r = rows.Count > 1 ? 1 + random.Next(rows.Count - 1) : 0;
        return (r, random.Next(rows[r].Length));
    }

    private static Mutation Cells(string name, Func<List<string[]>, Random, string> change) => new(name, (input, random) =>
    {
        if (input.Rows is null || input.Rows.Count < 2) return null;
        var rows = input.Rows.Select(r => (string[])r.Clone()).ToList();
        var detail = change(rows, random);
        return new Mutated(Encoding.UTF8.GetBytes(Serialize(rows, input.Separator)), detail);
    });

    private static Mutation Text(string name, Func<string, Random, (string Text, string Detail)> change) => new(name, (input, random) =>
    {
        if (input.Rows is null) return null;
        var (text, detail) = change(Serialize(input.Rows, input.Separator), random);
        return new Mutated(Encoding.UTF8.GetBytes(text), detail);
    });

    private static Mutation Encoded(string name, Func<string, byte[]> encode) => new(name, (input, _) =>
        input.Rows is null ? null : new Mutated(encode(Serialize(input.Rows, input.Separator)), ""));

    /// <summary>The file as the package writer of the tests writes it: CRLF, quotes only where needed.</summary>
    public static string Serialize(List<string[]> rows, char separator)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
            text.Append(string.Join(separator, row.Select(cell =>
                cell.Contains(separator) || cell.Contains('"') || cell.Contains('\n')
                    ? "\"" + cell.Replace("\"", "\"\"") + "\""
                    : cell))).Append("\r\n");
        return text.ToString();
    }
}
