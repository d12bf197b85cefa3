using System.Text.RegularExpressions;
using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.FisOko;

/// <summary>A task column of the workbook: <c>9.1 (1б)</c> → label «9.1», maximum 1, and the level written above it.</summary>
internal sealed record FisOkoTask(int Column, string Header, string Label, int MaxScore, TaskLevel? Level, string LevelCell);

/// <summary>The procedure a sheet's title names: «ВПР 2025 Русский язык 4 класс».</summary>
internal sealed record FisOkoTitle(ProcedureKind Kind, int Year, string SubjectName, int Grade, SourcePlace Place, int Column)
{
    /// <summary>The title cell as Excel names it, e.g. <c>A1</c>.</summary>
    public string Cell => ColumnLetters(Column) + Place.Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}

/// <summary>
/// Where a sheet of the ФИС ОКО «Индивидуальные результаты» workbook keeps what: the header row and the column of
/// every field. Header names are compared as <see cref="Key"/> makes them (case, «ё», spaces and a final dot aside).
/// ФИО and Пол are never given a column here: the adapter cannot read them even by mistake.
/// </summary>
internal sealed partial class FisOkoLayout
{
    public const string SchoolHeader = "ОО";
    public const string MunicipalityHeader = "Муниципалитет";
    public const string ParticipantHeader = "Код участника";
    public const string PrimaryHeader = "Первичный балл";

    private static readonly string[] SchoolNames = ["оо", "код оо", "логин оо"];
    private static readonly string[] MunicipalityCodeNames = ["код муниципалитета", "код мсу", "код мо"];

    public required int HeaderRow { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public int School { get; private init; } = -1;
    public int Municipality { get; private init; } = -1;
    public int MunicipalityCode { get; private init; } = -1;
    public int SchoolName { get; private init; } = -1;
    public int Participant { get; private init; } = -1;
    public int Class { get; private init; } = -1;
    public int Variant { get; private init; } = -1;
    public int Primary { get; private init; } = -1;
    public int Mark { get; private init; } = -1;
    public int JournalMark { get; private init; } = -1;
    public List<FisOkoTask> Tasks { get; } = [];

    public string HeaderOf(int column) => Headers[column];

    /// <summary>Whether a row is the header row: it names the participant code and the school.</summary>
    public static bool IsHeader(SheetRow row)
    {
        var keys = row.Cells.Select(Key).ToHashSet(StringComparer.Ordinal);
        return keys.Contains(Key(ParticipantHeader)) && (keys.Overlaps(SchoolNames) || keys.Contains("название оо"));
    }

    /// <summary>Reads the header row and the levels row above it; layout problems go to the context.</summary>
    public static FisOkoLayout Parse(string? sheet, SheetRow header, SheetRow? levels, ExportContext context)
    {
        var place = new SourcePlace(sheet, header.Number);
        var layout = new FisOkoLayout
        {
            HeaderRow = header.Number,
            Headers = header.Cells,
            School = Find(header, SchoolNames),
            Municipality = Find(header, "муниципалитет", "название муниципалитета"),
            MunicipalityCode = Find(header, MunicipalityCodeNames),
            SchoolName = Find(header, "название оо", "наименование оо"),
            Participant = Find(header, "код участника"),
            Class = Find(header, "класс"),
            Variant = Find(header, "вариант"),
            Primary = Find(header, "первичный балл"),
            Mark = Find(header, "отметка"),
            JournalMark = Find(header, "отметка по журналу"),
        };

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var key = Key(header.Cells[i]);
            var repeated = key.Length > 0 && !columns.TryAdd(key, i);
            if (repeated)
                context.Error(place, header.Cells[i], ImportCodes.FisOkoDuplicateColumn,
                    $"столбец «{header.Cells[i]}» повторяется в заголовке (уже был в столбце {columns[key] + 1})");
            if (TaskHeader().Match(header.Cells[i]) is not { Success: true } match) continue;
            var levelCell = levels?.Cell(i) ?? "";
            var level = Vocabulary.TryLevel(levelCell, out var parsed) ? parsed : (TaskLevel?)null;
            if (levelCell.Length > 0 && level is null)
                context.Error(new SourcePlace(sheet, levels!.Number), header.Cells[i], ImportCodes.FisOkoBadLevel,
                    $"уровень «{levelCell}» над заданием «{header.Cells[i]}» не разбирается: ожидается Б, П или В");
            var label = match.Groups["label"].Value.Trim();
            if (!repeated && layout.Tasks.FirstOrDefault(t => t.Label == label) is { } same)
                context.Error(place, header.Cells[i], ImportCodes.FisOkoDuplicateColumn,
                    $"задание «{label}» повторяется в заголовке (уже было в столбце «{same.Header}»)");
            layout.Tasks.Add(new FisOkoTask(i, header.Cells[i], label,
                int.Parse(match.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture), level, levelCell));
        }

        if (layout.School < 0) Missing(context, place, SchoolHeader);
        if (layout.Municipality < 0 && layout.MunicipalityCode < 0) Missing(context, place, MunicipalityHeader);
        if (layout.Participant < 0) Missing(context, place, ParticipantHeader);
        if (layout.Primary < 0) Missing(context, place, PrimaryHeader);
        if (layout.Tasks.Count == 0)
            context.Error(place, "", ImportCodes.FisOkoNoTasks,
                "в строке заголовка нет ни одного столбца задания: ожидаются заголовки вида «1 (2б)», «9.1 (1б)», «12К1 (1б)»");
        return layout;
    }

    /// <summary>Finds «ВПР 2025 Русский язык 4 класс» in a row above the header.</summary>
    public static FisOkoTitle? Title(string? sheet, SheetRow row)
    {
        for (var column = 0; column < row.Cells.Length; column++)
        {
            if (TitleText().Match(row.Cells[column]) is not { Success: true } match) continue;
            Vocabulary.TryKind(match.Groups["kind"].Value, out var kind);
            return new FisOkoTitle(kind, int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Regex.Replace(match.Groups["subject"].Value.Trim(), @"\s+", " "),
                int.Parse(match.Groups["grade"].Value, System.Globalization.CultureInfo.InvariantCulture),
                new SourcePlace(sheet, row.Number), column);
        }
        return null;
    }

    /// <summary>Header names as compared: lower case, «ё» as «е», runs of spaces as one, no final dot or colon.</summary>
    public static string Key(string header) => ExportContext.NameKey(header).TrimEnd('.', ':', ' ');

    private static int Find(SheetRow header, params string[] names)
    {
        for (var i = 0; i < header.Cells.Length; i++)
            if (names.Contains(Key(header.Cells[i]), StringComparer.Ordinal)) return i;
        return -1;
    }

    private static void Missing(ExportContext context, SourcePlace place, string column) =>
        context.Error(place, column, ImportCodes.FisOkoMissingColumn, $"в строке заголовка нет обязательного столбца «{column}»");

    [GeneratedRegex(@"^\s*(?<label>[^()]+?)\s*\(\s*(?<max>\d{1,3})\s*б\.?\s*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskHeader();

    [GeneratedRegex(@"(?<kind>ВПР|РПР)\s+(?<year>\d{4})\s*(г\.|год)?\s+(?<subject>.+?)\s+(?<grade>\d{1,2})\s*(-?й\s+)?класс",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleText();
}
