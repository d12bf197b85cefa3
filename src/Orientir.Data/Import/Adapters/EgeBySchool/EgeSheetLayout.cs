using System.Text.RegularExpressions;

namespace Orientir.Data.Import.Adapters.EgeBySchool;

/// <summary>One subject's five columns: participants, below the minimum, 80–99, 100 points, mean score.</summary>
internal sealed record SubjectBlock(string Name, string Subject, int Column, int HeaderRow)
{
    public bool IsBasicMathematics => Subject == EgeSheetLayout.BasicMathematics;
}

/// <summary>
/// Where a results sheet of the regional ЕГЭ-by-school form keeps its year, names and subject blocks. Everything is
/// found by its text, not by its position: the regions lay the form out differently (the ЕАО heads the subjects one
/// row lower, under «из них», and numbers the columns in an extra row; Забайкальский край repeats the municipality on
/// every row and splits the languages into written and oral parts).
/// </summary>
internal sealed partial class EgeSheetLayout
{
    public const string ResultsTitle = "информация о результатах егэ";
    public const string BasicMathematics = "MB";

    /// <summary>The measures of a subject block, in order, as the form heads them (compared by <see cref="Key"/>).</summary>
    public static readonly string[] Measures =
        ["приняло участие", "не преодолен min порог", "высокобалльники (80-99 баллов)", "получили 100 баллов", "средний балл"];

    /// <summary>How many rows the title and header may take before the first school.</summary>
    public const int HeaderRowsLimit = 20;

    public int Year { get; private init; }
    public int MunicipalityColumn { get; private init; }
    public int SchoolColumn { get; private init; }
    public int GraduatesColumn { get; private init; }
    /// <summary>The row that heads the measures; the schools come after it (and after a row of column numbers).</summary>
    public int MeasuresRow { get; private init; }
    public IReadOnlyList<SubjectBlock> Blocks { get; private init; } = [];

    /// <summary>The sheet's title: the first cell that starts with «Информация о …», or null.</summary>
    public static (SheetRow Row, string Text)? Title(IEnumerable<SheetRow> head)
    {
        foreach (var row in head)
            foreach (var cell in row.Cells)
                if (Key(cell).StartsWith("информация о", StringComparison.Ordinal)) return (row, cell);
        return null;
    }

    /// <summary>The form's layout from the rows above the schools; null after reporting what is missing.</summary>
    public static EgeSheetLayout? Find(string sheet, IReadOnlyList<SheetRow> head, ExportContext context)
    {
        var title = Title(head);
        if (title is null) return null;
        var place = new SourcePlace(sheet, title.Value.Row.Number);
        if (YearPattern().Match(title.Value.Text) is not { Success: true } year)
        {
            context.Error(place, "", ImportCodes.EgeFormNoYear,
                $"в заголовке «{title.Value.Text}» нет года («в 20XX году»): год результатов неизвестен");
            return null;
        }
        var header = head.FirstOrDefault(r => r.Number > title.Value.Row.Number && ColumnStarting(r, "образовательная организация") >= 0);
        if (header is null)
        {
            context.Error(new SourcePlace(sheet, 0), "", ImportCodes.EgeFormLayout,
                "не найдена строка заголовка со столбцом «Образовательная организация (школа)»");
            return null;
        }
        var municipality = ColumnStarting(header, "муниципальное образование");
        var graduates = ColumnStarting(header, "всего выпускников");
        var measures = head.FirstOrDefault(r => r.Number > header.Number && r.Cells.Any(c => Key(c) == Measures[0]));
        var ok = true;
        if (municipality < 0) ok = Missing(context, sheet, header, "Муниципальное образование");
        if (graduates < 0) ok = Missing(context, sheet, header, "Всего выпускников …");
        if (measures is null) ok = Missing(context, sheet, header, "приняло участие");
        if (!ok) return null;

        var blocks = FindBlocks(sheet, head, header!, measures!, context);
        if (blocks is null) return null;
        return new EgeSheetLayout
        {
            Year = int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            MunicipalityColumn = municipality,
            SchoolColumn = ColumnStarting(header!, "образовательная организация"),
            GraduatesColumn = graduates,
            MeasuresRow = measures!.Number,
            Blocks = blocks,
        };
    }

    private static bool Missing(ExportContext context, string sheet, SheetRow row, string column)
    {
        context.Error(new SourcePlace(sheet, row.Number), column, ImportCodes.EgeFormLayout,
            $"в заголовке формы нет столбца «{column}»");
        return false;
    }

    /// <summary>Every block starts at a «приняло участие» column; its subject is the nearest name above it.</summary>
    private static List<SubjectBlock>? FindBlocks(string sheet, IReadOnlyList<SheetRow> head, SheetRow header, SheetRow measures,
        ExportContext context)
    {
        var blocks = new List<SubjectBlock>();
        var covered = new HashSet<int>();
        var before = context.Errors.Count;
        for (var c = 0; c < measures.Cells.Length; c++)
        {
            if (Key(measures.Cells[c]) != Measures[0]) continue;
            for (var m = 1; m < Measures.Length; m++)
            {
                covered.Add(c + m);
                if (Key(measures.Cell(c + m)) == Measures[m]) continue;
                context.Error(new SourcePlace(sheet, measures.Number), Column(c + m, measures.Cell(c + m)), ImportCodes.EgeFormLayout,
                    $"ожидался столбец «{Measures[m]}» (столбцы предмета: {string.Join(", ", Measures.Select(x => $"«{x}»"))})");
            }
            covered.Add(c);
            var above = head.Where(r => r.Number >= header.Number && r.Number < measures.Number)
                .Select(r => (Row: r, Text: r.Cell(c)))
                .LastOrDefault(x => x.Text.Length > 0 && Key(x.Text) != "из них");
            if (above.Row is null)
            {
                context.Error(new SourcePlace(sheet, measures.Number), Column(c, measures.Cells[c]), ImportCodes.EgeFormLayout,
                    "над столбцом «приняло участие» нет названия предмета");
                continue;
            }
            var name = SubjectName(above.Text);
            if (context.Subjects.CodeOf(name) is not { } code)
            {
                context.Error(new SourcePlace(sheet, above.Row.Number), Column(c, above.Text), ImportCodes.EgeFormUnknownSubject,
                    $"предмет «{name}» не найден в таблице синонимов предметов: добавьте это название с кодом предмета " +
                    "в таблицу синонимов (по умолчанию — subject-synonyms.csv) и загрузите форму снова");
                continue;
            }
            blocks.Add(new SubjectBlock(name, code, c, above.Row.Number));
        }
        var first = blocks.Count > 0 ? blocks.Min(b => b.Column) : measures.Cells.Length;
        for (var c = first; c < measures.Cells.Length; c++)
            if (measures.Cells[c].Length > 0 && !covered.Contains(c))
                context.Error(new SourcePlace(sheet, measures.Number), Column(c, measures.Cells[c]), ImportCodes.EgeFormLayout,
                    "столбец не относится ни к одному предмету: предмет начинается со столбца «приняло участие»");
        if (blocks.Count == 0 && context.Errors.Count == before)
            context.Error(new SourcePlace(sheet, measures.Number), "", ImportCodes.EgeFormLayout, "на листе нет ни одного предмета");
        return context.Errors.Count > before ? null : blocks;
    }

    /// <summary>The subject's name: the first line of its heading («География, чел.» and a note below) without «, чел.».</summary>
    public static string SubjectName(string heading) => PeopleSuffix().Replace(heading.Split('\n')[0], "").Trim();

    /// <summary>A column for messages: its Excel letter and what it is, e.g. <c>W (Химия: получили 100 баллов)</c>.</summary>
    public static string Column(int index, string what)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return what.Length > 0 ? $"{letters} ({what.Replace('\n', ' ')})" : letters;
    }

    private static int ColumnStarting(SheetRow row, string prefix)
    {
        for (var c = 0; c < row.Cells.Length; c++)
            if (Key(row.Cells[c]).StartsWith(prefix, StringComparison.Ordinal)) return c;
        return -1;
    }

    /// <summary>Headings compared in lower case, «ё» as «е», with line breaks and runs of spaces as one space.</summary>
    public static string Key(string text) =>
        string.Join(' ', text.ToLowerInvariant().Replace('ё', 'е').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@",?\s*чел\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleSuffix();

    [GeneratedRegex(@"\b(20\d{2})\s+год", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
