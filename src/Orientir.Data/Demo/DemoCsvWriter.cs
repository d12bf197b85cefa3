using System.Globalization;
using System.Text;

namespace Orientir.Data.Demo;

/// <summary>
/// Writes the package's CSV: <c>;</c> separator, UTF-8 without BOM, <c>\n</c> line ends, RFC 4180 quoting where a
/// field holds a separator or a quote (the mark thresholds <c>3:14;4:24;5:33</c> do), invariant integers and
/// decimal commas as Russian spreadsheets write them.
/// </summary>
internal sealed class DemoCsvWriter : IDisposable
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };
    private readonly StreamWriter _writer;
    private bool _rowStarted;

    public DemoCsvWriter(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
    }

    public long Rows { get; private set; }

    public DemoCsvWriter Header(params IEnumerable<string> names)
    {
        foreach (var name in names)
            Field(name);
        _writer.Write('\n');
        _rowStarted = false;
        return this;
    }

    public DemoCsvWriter Field(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
            return this;
        if (value.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            _writer.Write(value);
            return this;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
        return this;
    }

    public DemoCsvWriter Field(int value)
    {
        Separate();
        if (value is >= 0 and < 10)
        {
            _writer.Write((char)('0' + value));
            return this;
        }
        Span<char> buffer = stackalloc char[12];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
        return this;
    }

    /// <summary>A decimal with a comma, e.g. <c>12,5</c>; null is an empty field (unknown).</summary>
    public DemoCsvWriter Field(double? value, string format = "0.#")
    {
        Separate();
        if (value is { } number)
            _writer.Write(number.ToString(format, DecimalComma));
        return this;
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _rowStarted = false;
        Rows++;
    }

    private void Separate()
    {
        if (_rowStarted)
            _writer.Write(';');
        _rowStarted = true;
    }

    public void Dispose() => _writer.Dispose();
}
