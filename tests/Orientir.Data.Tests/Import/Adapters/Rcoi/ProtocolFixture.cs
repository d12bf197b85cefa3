using System.Text;
using MiniExcelLibs;

namespace Orientir.Data.Tests.Import.Adapters.Rcoi;

/// <summary>
/// A РЦОИ ЕГЭ chemistry protocol written by the test: a title row, a header and one row per participant, as an
/// .xlsx (MiniExcel), as a .csv, and as the equivalent data package (docs/formats.md). Rows are cells, so a test can
/// break one cell and knows its row (the title is row 1, the header row 2, participants from row 3) and column.
/// </summary>
internal sealed class ProtocolFixture : IDisposable
{
    public const string Procedure = "EGE-2025-CH-11";
    public const string Sheet = "Sheet1";
    public const int FirstDataRow = 3;
    public static readonly string[] Surnames = ["Иванов", "Петрова", "Сидоренко", "Кузнецова", "Смирнов", "Волкова"];

    public static readonly string[] Header =
    [
        "Код МСУ", "МСУ", "Код ОО", "Наименование ОО", "Класс", "Фамилия", "Имя", "Отчество", "Код участника", "Вариант",
        "Задания с кратким ответом", "Задания с развёрнутым ответом", "Первичный балл", "Балл",
    ];

    static ProtocolFixture() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ProtocolFixture()
    {
        Folder = Directory.CreateTempSubdirectory("orientir-rcoi-").FullName;
        Rows =
        [
            Row("M01", "Шпаковский МО", "edu0101", "МБОУ СОШ № 1", "11А", 0, "100001", "301", "+-2++", "2(2)1(3)X(2)", "8", "40"),
            Row("M01", "Шпаковский МО", "edu0101", "МБОУ СОШ № 1", "11Б", 1, "100002", "302", "++2++", "2(2)3(3)2(2)", "13", "62"),
            Row("M01", "Шпаковский МО", "edu0102", "МБОУ Гимназия № 2", "11А", 2, "100003", "301", "-----", "-(2)-(3)-(2)", "0", "0"),
            Row("M02", "Город Ставрополь", "edu0201", "МБОУ Лицей № 3", "11А", 3, "100004", "302", "+-1+-", "1(2)2(3)0(2)", "6", "32"),
            Row("M02", "Город Ставрополь", "edu0201", "МБОУ Лицей № 3", "11А", 4, "100005", "301", "++2+-", "2(2)3(3)1(2)", "11", "55"),
            Row("M02", "Город Ставрополь", "edu0201", "МБОУ Лицей № 3", "11В", 5, "100006", "302", "+-1+-", "1(2)2(3)0(2)", "6", "32"),
        ];
    }

    public string Folder { get; }
    public string Title { get; set; } = "ЕГЭ 2025 Химия";
    /// <summary>The data rows, cells in <see cref="Header"/> order.</summary>
    public List<string[]> Rows { get; }

    public static int Column(string header) => Array.IndexOf(Header, header);

    /// <summary>Sets a cell of the participant at the given protocol row.</summary>
    public void Set(int row, string header, string value) => Rows[row - FirstDataRow][Column(header)] = value;

    /// <summary>Removes a column from the header and every row.</summary>
    public void Drop(string header)
    {
        var i = Array.IndexOf(HeaderCells, header);
        HeaderCells = [.. HeaderCells.Where((_, n) => n != i)];
        for (var r = 0; r < Rows.Count; r++) Rows[r] = [.. Rows[r].Where((_, n) => n != i)];
    }

    public string[] HeaderCells { get; private set; } = [.. Header];

    public string WriteXlsx(string name = "protocol.xlsx")
    {
        var path = Path.Combine(Folder, name);
        var all = AllRows().ToList();
        var width = all.Max(r => r.Length);
        var sheet = all.Select(cells => Enumerable.Range(0, width).ToDictionary(
            i => ColumnName(i), i => (object)Typed(i < cells.Length ? cells[i] : "")));
        File.Delete(path);
        MiniExcel.SaveAs(path, sheet, printHeader: false, sheetName: Sheet);
        return path;
    }

    public string WriteCsv(string name = "protocol.csv", Encoding? encoding = null, bool title = true, char separator = ';')
    {
        var path = Path.Combine(Folder, name);
        var lines = (title ? AllRows() : AllRows().Skip(1))
            .Select(cells => string.Join(separator, cells.Select(cell => Quote(cell, separator))));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding ?? new UTF8Encoding(false));
        return path;
    }

    /// <summary>The package a region would assemble by hand from the same protocol.</summary>
    public string WritePackage()
    {
        var folder = Path.Combine(Folder, "package");
        Directory.CreateDirectory(Path.Combine(folder, "results"));
        Write(folder, "municipalities.csv", ["code;name", "M01;Шпаковский МО", "M02;Город Ставрополь"]);
        Write(folder, "schools.csv",
        [
            "code;municipality_code;name;type;locality", "edu0101;M01;МБОУ СОШ № 1;general;urban",
            "edu0102;M01;МБОУ Гимназия № 2;general;urban", "edu0201;M02;МБОУ Лицей № 3;general;urban",
        ]);
        Write(folder, "procedures.csv", ["code;kind;subject;grade;year;max_score", $"{Procedure};EGE;CH;11;2025;13"]);
        Write(folder, "tasks.csv",
        [
            "procedure_code;task;max_score;level", $"{Procedure};1;1;B", $"{Procedure};2;1;B", $"{Procedure};3;2;B",
            $"{Procedure};4;1;B", $"{Procedure};5;1;B", $"{Procedure};6;2;P", $"{Procedure};7;3;P", $"{Procedure};8;2;P",
        ]);
        Write(folder, $"results/{Procedure}.csv",
        [
            "school_code;participant;class;variant;primary_score;test_score;1;2;3;4;5;6;7;8",
            "edu0101;100001;11А;301;8;40;1;0;2;1;1;2;1;X",
            "edu0101;100002;11Б;302;13;62;1;1;2;1;1;2;3;2",
            "edu0102;100003;11А;301;0;0;0;0;0;0;0;X;X;X",
            "edu0201;100004;11А;302;6;32;1;0;1;1;0;1;2;0",
            "edu0201;100005;11А;301;11;55;1;1;2;1;0;2;3;1",
            "edu0201;100006;11В;302;6;32;1;0;1;1;0;1;2;0",
        ]);
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private IEnumerable<string[]> AllRows()
    {
        yield return [Title];
        yield return HeaderCells;
        foreach (var row in Rows) yield return row;
    }

    private static string[] Row(string muni, string muniName, string school, string schoolName, string classLabel, int person,
        string participant, string variant, string shortAnswers, string expanded, string primary, string test) =>
        [muni, muniName, school, schoolName, classLabel, Surnames[person], "Анна", "Сергеевна", participant, variant,
            shortAnswers, expanded, primary, test];

    // Scores as Excel numbers, as a real protocol holds them; codes stay text.
    private object Typed(string cell) => int.TryParse(cell, out var n) && cell.Length < 4 ? n : cell;

    private static string ColumnName(int i) => ((char)('A' + i)).ToString();

    private static string Quote(string cell, char separator) =>
        cell.Contains(separator) || cell.Contains('"') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    private static void Write(string folder, string name, string[] lines) =>
        File.WriteAllText(Path.Combine(folder, name), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
}
