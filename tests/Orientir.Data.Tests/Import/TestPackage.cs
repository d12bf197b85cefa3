using System.Text;

namespace Orientir.Data.Tests.Import;

/// <summary>
/// A small data package written to a temporary folder: 2 municipalities, 4 schools, 2 procedures with tasks and
/// 30 works. Files are kept as rows of cells so a test can break one cell and know its line and column.
/// </summary>
internal sealed class TestPackage : IDisposable
{
    public const string Ru = "VPR-2025-RU-4";
    public const string Ma = "VPR-2025-MA-4";
    public const string RuResults = "results/" + Ru + ".csv";
    public const string MaResults = "results/" + Ma + ".csv";
    public const int RuWorks = 16;
    public const int MaWorks = 14;

    private static readonly string[] SchoolCodes = ["edu0101", "edu0102", "edu0201", "edu0202"];
    private static readonly (string Label, int Max)[] RuTasks = [("1", 2), ("2", 3), ("3.1", 2), ("3.2", 3)];
    private static readonly (string Label, int Max)[] MaTasks = [("1", 1), ("2", 2), ("3", 2), ("4", 3)];

    public TestPackage()
    {
        Folder = Directory.CreateTempSubdirectory("orientir-package-").FullName;
    }

    public string Folder { get; }
    public Encoding Encoding { get; set; } = new UTF8Encoding(false);
    public char Separator { get; set; } = ';';
    public bool Bom { get; set; }
    /// <summary>File path inside the package → rows (the first is the header).</summary>
    public SortedDictionary<string, List<string[]>> Files { get; } = new(StringComparer.Ordinal);

    public static TestPackage Standard()
    {
        var package = new TestPackage();
        package.Files["municipalities.csv"] =
        [
            ["code", "name"],
            ["M01", "Шпаковский муниципальный округ"],
            ["M02", "Город Ставрополь"],
        ];
        package.Files["schools.csv"] =
        [
            ["code", "municipality_code", "name", "type", "locality", "students", "share_both_parents_higher_ed",
                "share_single_parent", "share_unemployed_parents", "share_low_income", "share_non_native_russian",
                "share_disabilities", "share_registered"],
            ["edu0101", "M01", "МБОУ СОШ № 1", "general", "rural", "420", "12,5", "20", "3,2", "15", "1", "2,5", "0,4"],
            ["edu0102", "M01", "МБОУ «Гимназия № 2»", "гимназия", "город", "800", "40", "10", "1", "5", "", "1", "0"],
            ["edu0201", "M02", "МБОУ Лицей № 3", "Лицей", "urban", "", "35.5", "11", "2", "6", "2", "1", "0"],
            ["edu0202", "M02", "МКОУ СОШ № 4", "СОШ с углублённым изучением отдельных предметов", "село", "150", "8", "25", "6", "30", "4", "5", "1"],
        ];
        package.Files["procedures.csv"] =
        [
            ["code", "kind", "subject", "grade", "year", "max_score", "mark_thresholds", "min_score"],
            [Ru, "VPR", "RU", "4", "2025", "10", "3:4;4:6;5:8", ""],
            [Ma, "ВПР", "MA", "4", "2025", "8", "3:3;4:5;5:7", ""],
        ];
        package.Files["tasks.csv"] =
        [
            ["procedure_code", "task", "max_score", "level", "skills"],
            [Ru, "1", "2", "B", "1.1|1.2"],
            [Ru, "2", "3", "Б", "2.1"],
            [Ru, "3.1", "2", "P", ""],
            [Ru, "3.2", "3", "В", "3.3"],
            [Ma, "1", "1", "B", ""],
            [Ma, "2", "2", "b", ""],
            [Ma, "3", "2", "П", ""],
            [Ma, "4", "3", "V", ""],
        ];
        package.Files[RuResults] = Results("RU", RuTasks, RuWorks, new(4, 6, 8));
        package.Files[MaResults] = Results("MA", MaTasks, MaWorks, new(3, 5, 7));
        return package;
    }

    /// <summary>Scores follow a formula; some cells say "not done" in each of the accepted ways.</summary>
    private static List<string[]> Results(string subject, (string Label, int Max)[] tasks, int works,
        Orientir.Domain.Results.MarkThresholds scale)
    {
        var rows = new List<string[]> { (string[])["school_code", "participant", "student", "class", "variant", "journal_mark", .. tasks.Select(t => t.Label), "primary_score", "mark"] };
        string[] notDone = ["X", "Х", "-", ""];
        for (var i = 0; i < works; i++)
        {
            var cells = new List<string> { SchoolCodes[i % 4], $"{subject}-{i:000}", $"S{i:000}", i % 2 == 0 ? "4А" : "4Б", $"{i % 2 + 1}", $"{2 + i % 4}" };
            var sum = 0;
            for (var t = 0; t < tasks.Length; t++)
            {
                if (i % 4 == 3 && t == i / 4 % tasks.Length)
                {
                    cells.Add(notDone[i / 4 % notDone.Length]);
                    continue;
                }
                var score = (i + t) % (tasks[t].Max + 1);
                sum += score;
                cells.Add(score.ToString());
            }
            cells.Add(sum.ToString());
            cells.Add(scale.MarkFor(sum).ToString());
            rows.Add([.. cells]);
        }
        return rows;
    }

    /// <summary>The expected packed scores of a work of the standard package.</summary>
    public static byte[] ExpectedScores(string procedure, int work)
    {
        var tasks = procedure == Ru ? RuTasks : MaTasks;
        var scores = new byte[tasks.Length];
        for (var t = 0; t < tasks.Length; t++)
            scores[t] = work % 4 == 3 && t == work / 4 % tasks.Length ? (byte)255 : (byte)((work + t) % (tasks[t].Max + 1));
        return scores;
    }

    /// <summary>Sets one cell; <paramref name="line"/> is the file line (the header is line 1).</summary>
    public TestPackage Set(string file, int line, string column, string value)
    {
        var rows = Files[file];
        rows[line - 1][Array.IndexOf(rows[0], column) is var i and >= 0 ? i : throw new ArgumentException(column)] = value;
        return this;
    }

    public string Get(string file, int line, string column) => Files[file][line - 1][Array.IndexOf(Files[file][0], column)];

    public TestPackage RemoveColumn(string file, string column)
    {
        var i = Array.IndexOf(Files[file][0], column);
        var rows = Files[file];
        for (var r = 0; r < rows.Count; r++) rows[r] = [.. rows[r].Take(i), .. rows[r].Skip(i + 1)];
        return this;
    }

    public TestPackage AddColumn(string file, string column, string value)
    {
        var rows = Files[file];
        rows[0] = [.. rows[0], column];
        for (var r = 1; r < rows.Count; r++) rows[r] = [.. rows[r], value];
        return this;
    }

    public TestPackage RenameColumn(string file, string column, string newName)
    {
        Files[file][0][Array.IndexOf(Files[file][0], column)] = newName;
        return this;
    }

    /// <summary>Writes every file (again), quoting cells that hold the separator, a quote or a line break.</summary>
    public string Write()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        Directory.CreateDirectory(Folder);
        foreach (var (name, rows) in Files)
        {
            var path = Path.Combine(Folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder();
            foreach (var row in rows)
                text.Append(string.Join(Separator, row.Select(Quote))).Append("\r\n");
            var bytes = Encoding.GetBytes(text.ToString());
            File.WriteAllBytes(path, Bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        }
        return Folder;
    }

    private string Quote(string cell) =>
        cell.Contains(Separator) || cell.Contains('"') || cell.Contains('\n')
            ? "\"" + cell.Replace("\"", "\"\"") + "\""
            : cell;

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
