using System.Text;

namespace Orientir.Testing;

/// <summary>Edits and counts of a data package's files, for tests that spoil one row of a good package.</summary>
public static class PackageFiles
{
    private static readonly string[] NonTaskColumns =
        ["school_code", "participant", "student", "class", "variant", "journal_mark", "primary_score", "mark"];

    /// <summary>
    /// Sets the first task score of the tenth work of <c>results/{procedureCode}.csv</c> above any task's maximum;
    /// returns the file as the importer names it and the 1-based line (the header is line 1).
    /// </summary>
    public static (string File, int Line) BreakOneTaskScore(string packageDirectory, string procedureCode)
    {
        var relative = $"results/{procedureCode}.csv";
        var path = Path.Combine(packageDirectory, relative);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var firstTask = Array.FindIndex(lines[0].Split(';'), column => !NonTaskColumns.Contains(column.Trim().ToLowerInvariant()));
        if (firstTask < 0) throw new InvalidOperationException($"{relative} has no task column.");
        const int index = 10;
        var cells = lines[index].Split(';');
        cells[firstTask] = "99";
        lines[index] = string.Join(';', cells);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return (relative, index + 1);
    }

    /// <summary>Data rows of a package file: its non-empty lines less the header.</summary>
    public static int CountRows(string packageDirectory, string relativePath) =>
        File.ReadLines(Path.Combine(packageDirectory, relativePath)).Count(line => line.Length > 0) - 1;
}
