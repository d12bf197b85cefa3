using System.Text;
using MiniExcelLibs;

namespace Orientir.Data.Tests.Import.Adapters.FisOko;

/// <summary>
/// A ФИС ОКО «Индивидуальные результаты» workbook as the tests build it: the title in A1, the task levels in row 2,
/// the header in row 3 and twelve participants from row 4, with ФИО and Пол filled. Cells are kept as objects (numbers
/// as numbers, as Excel stores them) so a test can break one and know its row and column; <see cref="WriteCsvPackage"/>
/// writes the same records as a data package in the form of docs/formats.md.
/// </summary>
internal sealed class FisOkoWorkbook : IDisposable
{
    public const string Sheet = "Результаты";
    public const string Procedure = "VPR-2025-RU-4";
    public const int HeaderRow = 3;
    public const int FirstRow = 4;
    public const string PupilName = "Иванова Мария Петровна";

    private static readonly (string Label, int Max, string Level, string Package)[] StandardTasks =
        [("1", 2, "Б", "B"), ("2", 3, "Б", "B"), ("9.1", 1, "П", "P"), ("12К1", 1, "В", "V")];

    private static readonly (string School, string MunicipalityCode, string Municipality, string Name)[] Schools =
    [
        ("edu0101", "M01", "Шпаковский муниципальный округ", "МБОУ СОШ № 1"),
        ("edu0102", "M01", "Шпаковский муниципальный округ", "МБОУ «Гимназия № 2»"),
        ("edu0201", "M02", "Город Ставрополь", "МБОУ Лицей № 3"),
    ];

    // Scores per participant (null = the cell written as one of the "not done" spellings); primaries 2, 4 and 6
    // occur with marks 3, 4 and 5, so the scale the adapter infers is 3:2;4:4;5:6.
    private static readonly int?[][] Scores =
    [
        [2, 3, 1, 1], [2, 2, 1, 1], [1, 2, 1, 0], [2, 2, null, 1], [1, 1, 0, 0], [0, 2, 1, null],
        [0, 0, 1, 0], [null, 0, 0, 0], [1, null, 1, 1], [2, 3, 1, 0], [1, 3, 0, 0], [0, 1, 0, 1],
    ];

    private static readonly object?[] JournalMarks = [5, 5, 4, "нет отметки", 3, 3, 2, "", 4, 5, "-", 3];
    private static readonly string[] NotDone = ["X", "Х", "-", ""];

    private readonly string _folder = Directory.CreateTempSubdirectory("orientir-fisoko-").FullName;

    public FisOkoWorkbook()
    {
        Tasks = [.. StandardTasks.Select(t => (t.Label, t.Max, t.Level))];
        Header = ["ОО", "Код МСУ", "Муниципалитет", "Название  ОО", "Код участника", "КЛАСС", "Вариант", "Пол", "ФИО",
            .. Tasks.Select(t => $"{t.Label} ({t.Max}б)"), "Первичный балл", "отметка", "Отметка по  журналу"];
        for (var i = 0; i < Scores.Length; i++)
        {
            var school = Schools[i % Schools.Length];
            var sum = Scores[i].Sum(s => s ?? 0);
            Rows.Add([school.School, school.MunicipalityCode, school.Municipality, school.Name, 100001 + i,
                i % 2 == 0 ? "4А" : "4Б", 1 + i % 2, i % 2 == 0 ? "Ж" : "М", PupilName,
                .. Scores[i].Select((s, t) => s is { } score ? score : (object)NotDone[(i + t) % NotDone.Length]),
                sum, Mark(sum), JournalMarks[i]]);
        }
    }

    public string Title { get; set; } = "ВПР 2025 Русский язык 4 класс";
    public List<(string Label, int Max, string Level)> Tasks { get; }
    public List<string> Header { get; }
    public List<object?[]> Rows { get; } = [];

    public static int Mark(int primary) => primary >= 6 ? 5 : primary >= 4 ? 4 : primary >= 2 ? 3 : 2;

    public int ColumnOf(string header) => Header.IndexOf(header) is var i and >= 0 ? i : throw new ArgumentException(header);

    /// <summary>Sets a cell of a participant; <paramref name="row"/> is the Excel row.</summary>
    public FisOkoWorkbook Set(int row, string header, object? value)
    {
        Rows[row - FirstRow][ColumnOf(header)] = value;
        return this;
    }

    public FisOkoWorkbook RemoveColumn(string header)
    {
        var i = ColumnOf(header);
        Header.RemoveAt(i);
        for (var r = 0; r < Rows.Count; r++) Rows[r] = [.. Rows[r].Take(i), .. Rows[r].Skip(i + 1)];
        return this;
    }

    /// <summary>Writes the workbook (no header row of MiniExcel's own: the sheet is the export's rows).</summary>
    public string Write(string name = "results.xlsx")
    {
        var width = Header.Count;
        var levels = new object?[width];
        foreach (var task in Tasks)
            if (Header.IndexOf($"{task.Label} ({task.Max}б)") is var column and >= 0) levels[column] = task.Level;
        var title = new object?[width];
        title[0] = Title;
        var sheet = new List<object?[]> { title, levels, Header.Cast<object?>().ToArray() };
        sheet.AddRange(Rows);

        var path = Path.Combine(_folder, name);
        MiniExcel.SaveAs(path, sheet.Select(Cells), printHeader: false, sheetName: Sheet, overwriteFile: true);
        return path;
    }

    private static Dictionary<string, object?> Cells(object?[] row)
    {
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < row.Length; i++) cells[$"c{i:00}"] = row[i];
        return cells;
    }

    /// <summary>The same records as the standard workbook, hand-written as a package in the form of docs/formats.md.</summary>
    public static string WriteCsvPackage()
    {
        var folder = Directory.CreateTempSubdirectory("orientir-fisoko-csv-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "results"));
        var csv = new Dictionary<string, StringBuilder>
        {
            ["municipalities.csv"] = new("code;name\n"),
            ["schools.csv"] = new("code;municipality_code;name;type;locality\n"),
            ["procedures.csv"] = new("code;kind;subject;grade;year;max_score;mark_thresholds\nVPR-2025-RU-4;VPR;RU;4;2025;7;3:2;4:4;5:6\n"),
            ["tasks.csv"] = new("procedure_code;task;max_score;level\n"),
            ["results/VPR-2025-RU-4.csv"] = new("school_code;participant;class;variant;journal_mark;1;2;9.1;12К1;primary_score;mark\n"),
        };
        csv["procedures.csv"].Replace("3:2;4:4;5:6", "\"3:2;4:4;5:6\"");
        foreach (var (code, name) in Schools.Select(s => (s.MunicipalityCode, s.Municipality)).Distinct())
            csv["municipalities.csv"].Append($"{code};{name}\n");
        foreach (var school in Schools)
            csv["schools.csv"].Append($"{school.School};{school.MunicipalityCode};{school.Name};general;urban\n");
        foreach (var task in StandardTasks)
            csv["tasks.csv"].Append($"{Procedure};{task.Label};{task.Max};{task.Package}\n");
        for (var i = 0; i < Scores.Length; i++)
        {
            var sum = Scores[i].Sum(s => s ?? 0);
            var journal = JournalMarks[i] is int mark ? mark.ToString() : "";
            csv["results/VPR-2025-RU-4.csv"].Append(
                $"{Schools[i % Schools.Length].School};{100001 + i};{(i % 2 == 0 ? "4А" : "4Б")};{1 + i % 2};{journal};" +
                $"{string.Join(';', Scores[i].Select(s => s?.ToString() ?? "X"))};{sum};{Mark(sum)}\n");
        }
        foreach (var (file, text) in csv) File.WriteAllText(Path.Combine(folder, file), text.ToString(), new UTF8Encoding(false));
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
