namespace Orientir.Data.Import.Adapters.Rcoi;

internal enum ProtocolColumn
{
    Municipality,
    MunicipalityName,
    School,
    SchoolName,
    Class,
    Name,
    Participant,
    Variant,
    ShortAnswers,
    ExpandedAnswers,
    PrimaryScore,
    TestScore,
    Mark,
}

/// <summary>
/// The header row of a protocol: which column holds what, matched by name (case, «ё» and spaces aside). Names
/// (Фамилия, Имя, Отчество, ФИО) are recognized only to be skipped: they are never read.
/// </summary>
internal sealed class ProtocolColumns
{
    public const string ShortHeader = "Задания с кратким ответом";
    public const string ExpandedHeader = "Задания с развёрнутым ответом";

    private static readonly Dictionary<string, ProtocolColumn> Known = new(StringComparer.Ordinal)
    {
        ["код мсу"] = ProtocolColumn.Municipality,
        ["мсу"] = ProtocolColumn.MunicipalityName,
        ["наименование мсу"] = ProtocolColumn.MunicipalityName,
        ["муниципалитет"] = ProtocolColumn.MunicipalityName,
        ["код оо"] = ProtocolColumn.School,
        ["оо"] = ProtocolColumn.SchoolName,
        ["наименование оо"] = ProtocolColumn.SchoolName,
        ["название оо"] = ProtocolColumn.SchoolName,
        ["класс"] = ProtocolColumn.Class,
        ["фамилия"] = ProtocolColumn.Name,
        ["имя"] = ProtocolColumn.Name,
        ["отчество"] = ProtocolColumn.Name,
        ["фио"] = ProtocolColumn.Name,
        ["код участника"] = ProtocolColumn.Participant,
        ["номер работы"] = ProtocolColumn.Participant,
        ["вариант"] = ProtocolColumn.Variant,
        [Key(ShortHeader)] = ProtocolColumn.ShortAnswers,
        [Key(ExpandedHeader)] = ProtocolColumn.ExpandedAnswers,
        ["первичный балл"] = ProtocolColumn.PrimaryScore,
        ["балл"] = ProtocolColumn.TestScore,
        ["тестовый балл"] = ProtocolColumn.TestScore,
        ["отметка"] = ProtocolColumn.Mark,
    };

    private static readonly ProtocolColumn[] Required =
    [
        ProtocolColumn.Municipality, ProtocolColumn.School, ProtocolColumn.Class, ProtocolColumn.ShortAnswers,
        ProtocolColumn.ExpandedAnswers, ProtocolColumn.PrimaryScore,
    ];

    private readonly Dictionary<ProtocolColumn, int> _ordinals = [];
    private readonly string[] _headers;

    private ProtocolColumns(SheetRow header)
    {
        HeaderRow = header.Number;
        _headers = header.Cells;
    }

    public int HeaderRow { get; }

    /// <summary>Whether the row is a protocol's header: it names the school code and both answer strings.</summary>
    public static bool IsHeader(SheetRow row)
    {
        var keys = row.Cells.Select(Key).ToHashSet(StringComparer.Ordinal);
        return keys.Contains("код оо") && keys.Contains(Key(ShortHeader)) && keys.Contains(Key(ExpandedHeader));
    }

    /// <summary>Maps the header, reporting repeated and unknown columns and missing required ones.</summary>
    public static ProtocolColumns Map(SheetRow header, SourcePlace place, ExportContext context, bool testScoreRequired)
    {
        var columns = new ProtocolColumns(header);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var text = header.Cells[i];
            if (text.Length == 0) continue;
            if (!Known.TryGetValue(Key(text), out var column))
                context.Warning(place, text, ImportCodes.UnknownColumn, "неизвестный столбец пропущен");
            else if (column != ProtocolColumn.Name && !columns._ordinals.TryAdd(column, i))
                context.Error(place, text, ImportCodes.DuplicateColumn,
                    $"столбец повторяет «{header.Cells[columns._ordinals[column]]}»");
        }
        foreach (var column in testScoreRequired ? [.. Required, ProtocolColumn.TestScore] : Required)
            if (!columns.Has(column))
                context.Error(place, HeaderOf(column), ImportCodes.MissingColumn, $"нет обязательного столбца «{HeaderOf(column)}»");
        return columns;
    }

    public bool Has(ProtocolColumn column) => _ordinals.ContainsKey(column);

    /// <summary>The header as written in the protocol, for messages.</summary>
    public string Header(ProtocolColumn column) =>
        _ordinals.TryGetValue(column, out var i) ? _headers[i] : HeaderOf(column);

    /// <summary>The trimmed cell, empty when the column is absent or the row is short.</summary>
    public string Cell(SheetRow row, ProtocolColumn column) =>
        _ordinals.TryGetValue(column, out var i) ? row.Cell(i) : "";

    private static string HeaderOf(ProtocolColumn column) => column switch
    {
        ProtocolColumn.Municipality => "Код МСУ",
        ProtocolColumn.School => "Код ОО",
        ProtocolColumn.Class => "Класс",
        ProtocolColumn.ShortAnswers => ShortHeader,
        ProtocolColumn.ExpandedAnswers => ExpandedHeader,
        ProtocolColumn.PrimaryScore => "Первичный балл",
        ProtocolColumn.TestScore => "Балл",
        _ => column.ToString(),
    };

    private static string Key(string header) => ExportContext.NameKey(header);
}
