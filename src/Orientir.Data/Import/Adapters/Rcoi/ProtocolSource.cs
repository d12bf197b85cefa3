using System.Globalization;
using Sylvan.Data.Csv;

namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>
/// The rows of a protocol, whether it is an .xlsx (its first sheet, through <see cref="WorkbookRows"/>) or a .csv
/// (read with Sylvan in the encoding the package importer would pick: UTF-8, else Windows-1251; separator <c>;</c> or
/// <c>,</c>, whichever the first lines hold more of). Streams: every enumeration reads the file anew, one row at a time.
/// A CSV row is numbered by its physical line, as a package file's is.
/// </summary>
internal sealed class ProtocolSource
{
    private const int DelimiterSampleLines = 30;
    private readonly ExportFile _file;
    private (System.Text.Encoding Encoding, char Delimiter)? _csvFormat;

    public ProtocolSource(ExportFile file)
    {
        _file = file;
        Sheet = file.IsWorkbook ? WorkbookRows.SheetNames(file.Path).FirstOrDefault() : null;
    }

    /// <summary>The sheet read (null for a CSV), as messages name it.</summary>
    public string? Sheet { get; }

    /// <summary>After an enumeration: the CSV line that could not be parsed (the rest of the file was not read).</summary>
    public int? MalformedLine { get; private set; }

    public IEnumerable<SheetRow> Rows() => _file.IsWorkbook ? WorkbookRows.Read(_file.Path, Sheet) : CsvRows();

    private IEnumerable<SheetRow> CsvRows()
    {
        MalformedLine = null;
        // Detected once: the encoding takes a pass over the whole file.
        if (_csvFormat is null)
        {
            var detected = EncodingOf(_file);
            _csvFormat = (detected, Delimiter(detected));
        }
        var (encoding, delimiter) = _csvFormat.Value;
        using var reader = CsvDataReader.Create(
            new StreamReader(_file.Path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16),
            new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = false, OwnsReader = true, Culture = CultureInfo.InvariantCulture });
        var line = 1;
        while (true)
        {
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (CsvFormatException)
            {
                MalformedLine = line;
                yield break;
            }
            if (!read) yield break;
            var cells = new string[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetFieldSpan(i).Trim().ToString().TrimStart('\uFEFF');
            yield return new SheetRow(line, cells);
            line += 1 + reader.GetRawRecordSpan().TrimEnd("\r\n").Count('\n');
        }
    }

    private static System.Text.Encoding EncodingOf(ExportFile file)
    {
        var probe = new PackageFile(file.Name, file.Path, PackageFileKind.Results, null);
        PackageLayout.Fingerprint(probe);
        return probe.Encoding;
    }

    /// <summary>The title line has no separators, so the choice is made over the first lines, outside quotes.</summary>
    private char Delimiter(System.Text.Encoding encoding)
    {
        using var text = new StreamReader(_file.Path, encoding, detectEncodingFromByteOrderMarks: true);
        int semicolons = 0, commas = 0;
        for (var n = 0; n < DelimiterSampleLines && text.ReadLine() is { } line; n++)
        {
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"') quoted = !quoted;
                else if (!quoted && c == ';') semicolons++;
                else if (!quoted && c == ',') commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
