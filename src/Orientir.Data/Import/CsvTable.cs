using System.Globalization;
using System.Security.Cryptography;
using Sylvan.Data.Csv;

namespace Orientir.Data.Import;

/// <summary>
/// A package CSV file opened for reading: separator detected from the header line, headers matched
/// case-insensitively after trimming, empty lines skipped, and the physical line number of every row kept for
/// error messages. Cell helpers report bad values into the file's <see cref="FileErrors"/> and return null.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvDataReader _reader;
    private IncrementalHash? _hash;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _headers;
    private readonly int _headerLine;
    private int _nextLine;

    private CsvTable(PackageFile file, CsvDataReader reader, FileErrors errors, int headerLine)
    {
        File = file;
        Errors = errors;
        _reader = reader;
        _headers = new string[reader.FieldCount];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var header = reader.GetName(i).Trim().TrimStart('\uFEFF');
            _headers[i] = header;
            if (header.Length == 0) continue;
            if (!_ordinals.TryAdd(header, i))
                errors.Add(headerLine, header, ImportCodes.DuplicateColumn, "столбец повторяется в заголовке");
        }
        Line = _headerLine = headerLine;
        _nextLine = headerLine + 1;
    }

    public PackageFile File { get; }
    public FileErrors Errors { get; }
    /// <summary>The physical line of the current row (the header is line 1).</summary>
    public int Line { get; private set; }
    public IReadOnlyList<string> Headers => _headers;
    public int HeaderLine => _headerLine;

    /// <summary>
    /// Opens the file; null (with an error) when it has no header line. With <paramref name="hashContent"/> the bytes
    /// read are hashed on the way (<see cref="ContentSha256"/>).
    /// </summary>
    public static CsvTable? Open(PackageFile file, FileErrors errors, bool hashContent = false)
    {
        var (delimiter, blankLines) = DetectDelimiter(file);
        if (delimiter is null)
        {
            errors.Add(0, "", ImportCodes.EmptyFile, "файл пуст: нет строки заголовка");
            return null;
        }
        Stream stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = hashContent ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        if (hash is not null) stream = new HashingStream(stream, hash);
        var text = new StreamReader(stream, file.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        // Empty lines before the header would otherwise become the header.
        for (var i = 0; i < blankLines; i++) text.ReadLine();
        CsvDataReader reader;
        try
        {
            reader = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                Delimiter = delimiter.Value,
                HasHeaders = true,
                OwnsReader = true,
                Culture = CultureInfo.InvariantCulture,
            });
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            text.Dispose();
            errors.Add(blankLines + 1, "", ImportCodes.MalformedRow, Unreadable(e));
            return null;
        }
        return new CsvTable(file, reader, errors, blankLines + 1) { _hash = hash };
    }

    /// <summary>Sylvan refuses a row over its buffer (a 10 MB cell, a file without line breaks) and broken quoting.</summary>
    private static string Unreadable(Exception e) => e is CsvRecordTooLargeException
        ? "строка слишком длинная (мегабайты без перевода строки): файл повреждён или это не CSV; дальше файл не читается"
        : "строка не разбирается как CSV (незакрытые кавычки?); дальше файл не читается";

    /// <summary>The SHA-256 of the bytes read so far (the whole file once <see cref="Read"/> returned false).</summary>
    public string ContentSha256() =>
        _hash is null ? throw new InvalidOperationException("The table was opened without hashing.") : Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>
    /// <c>;</c> or <c>,</c>, whichever the header line has more of outside quotes (null for an empty file), and the
    /// number of empty lines before the header.
    /// </summary>
    private static (char? Delimiter, int BlankLines) DetectDelimiter(PackageFile file)
    {
        using var text = new StreamReader(file.FullPath, file.Encoding, detectEncodingFromByteOrderMarks: true);
        var blankLines = -1;
        string? header;
        do
        {
            header = text.ReadLine();
            blankLines++;
        }
        while (header is not null && header.Trim().Length == 0);
        if (header is null) return (null, 0);
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
        }
        return (commas > semicolons ? ',' : ';', blankLines);
    }

    public int Ordinal(string column) => _ordinals.TryGetValue(column, out var i) ? i : -1;

    /// <summary>The header as written in the file, for messages.</summary>
    public string Header(int ordinal) => _headers[ordinal];

    /// <summary>Reports every required column that is missing; false if any is.</summary>
    public bool RequireColumns(params string[] columns)
    {
        var ok = true;
        foreach (var column in columns)
        {
            if (_ordinals.ContainsKey(column)) continue;
            Errors.Add(_headerLine, column, ImportCodes.MissingColumn, $"нет обязательного столбца «{column}»");
            ok = false;
        }
        return ok;
    }

    /// <summary>Warns about headers that are not <paramref name="known"/>, unless <paramref name="isSpecial"/> claims them.</summary>
    public void WarnUnknownColumns(IReadOnlyCollection<string> known, List<ImportError> warnings, Func<string, bool>? isSpecial = null)
    {
        var set = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        foreach (var header in _headers)
        {
            if (header.Length == 0 || set.Contains(header) || (isSpecial?.Invoke(header) ?? false)) continue;
            warnings.Add(new ImportError(File.Name, _headerLine, header, ImportCodes.UnknownColumn, "неизвестный столбец пропущен"));
        }
    }

    /// <summary>Moves to the next non-empty row; false at the end or after a malformed row (reported).</summary>
    public bool Read()
    {
        while (true)
        {
            bool read;
            try
            {
                read = _reader.Read();
            }
            catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
            {
                Errors.Add(_nextLine, "", ImportCodes.MalformedRow, Unreadable(e));
                return false;
            }
            if (!read) return false;
            Line = _nextLine;
            _nextLine += 1 + CountLineBreaks(_reader.GetRawRecordSpan());
            if (!IsBlankRow()) return true;
        }
    }

    private static int CountLineBreaks(ReadOnlySpan<char> raw)
    {
        raw = raw.TrimEnd("\r\n");
        return raw.Count('\n');
    }

    private bool IsBlankRow()
    {
        for (var i = 0; i < _reader.RowFieldCount; i++)
            if (!_reader.GetFieldSpan(i).IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>The trimmed cell; empty when the column is absent or the row is short.</summary>
    public ReadOnlySpan<char> Span(int ordinal) =>
        ordinal >= 0 && ordinal < _reader.RowFieldCount ? _reader.GetFieldSpan(ordinal).Trim() : [];

    /// <summary>The trimmed cell, null when empty.</summary>
    public string? Text(int ordinal)
    {
        var span = Span(ordinal);
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>The trimmed cell, reporting it when empty or longer than <paramref name="maxLength"/>.</summary>
    public string? Required(int ordinal, int maxLength)
    {
        var value = Text(ordinal);
        if (value is null)
        {
            Errors.Add(Line, Header(ordinal), ImportCodes.MissingValue, "не заполнено обязательное значение");
            return null;
        }
        return Limit(ordinal, value, maxLength);
    }

    /// <summary>The trimmed cell or null, reporting it when longer than <paramref name="maxLength"/>.</summary>
    public string? Optional(int ordinal, int maxLength)
    {
        var value = Text(ordinal);
        return value is null ? null : Limit(ordinal, value, maxLength);
    }

    private string? Limit(int ordinal, string value, int maxLength)
    {
        if (value.Length <= maxLength) return value;
        Errors.Add(Line, Header(ordinal), ImportCodes.ValueTooLong,
            $"значение длиннее {maxLength} символов ({value.Length})");
        return null;
    }

    /// <summary>An integer cell; null when empty (reported if <paramref name="required"/>) or not an integer (reported).</summary>
    public int? Int(int ordinal, bool required, out bool bad)
    {
        bad = false;
        if (ordinal < 0) return null;
        var span = Span(ordinal);
        if (span.IsEmpty)
        {
            if (required)
            {
                Errors.Add(Line, Header(ordinal), ImportCodes.MissingValue, "не заполнено обязательное значение");
                bad = true;
            }
            return null;
        }
        if (Numbers.TryParseInt(span, out var value)) return value;
        Errors.Add(Line, Header(ordinal), ImportCodes.BadNumber, $"«{span}» — не целое число");
        bad = true;
        return null;
    }

    /// <summary>A decimal cell (comma or point); null when empty or not a number (reported).</summary>
    public double? Double(int ordinal, out bool bad)
    {
        bad = false;
        if (ordinal < 0) return null;
        var span = Span(ordinal);
        if (span.IsEmpty) return null;
        if (Numbers.TryParseDouble(span, out var value)) return value;
        Errors.Add(Line, Header(ordinal), ImportCodes.BadNumber, $"«{span}» — не число");
        bad = true;
        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _hash?.Dispose();
    }
}
