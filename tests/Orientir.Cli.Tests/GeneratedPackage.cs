using System.Text;

namespace Orientir.Cli.Tests;

/// <summary>A demo package written by <c>orientir demo generate</c> into a temporary folder.</summary>
internal sealed class GeneratedPackage : IDisposable
{
    private GeneratedPackage(string directory) => Directory = directory;

    public string Directory { get; }

    public static async Task<GeneratedPackage> CreateAsync(int schools, string years = "2023,2024,2025")
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("orientir-package-").FullName;
        var run = await OrientirProcess.RunAsync("demo", "generate", "--out", directory, "--seed", "7",
            "--schools", schools.ToString(), "--years", years);
        Assert.True(run.ExitCode == 0, run.All);
        return new GeneratedPackage(directory);
    }

    /// <summary>Data rows of a package file: its non-empty lines less the header.</summary>
    public int CountRows(string relativePath) =>
        File.ReadLines(Path.Combine(Directory, relativePath)).Count(line => line.Length > 0) - 1;

    public long CountResultRows() =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "results"), "*.csv")
            .Sum(path => (long)CountRows(Path.GetRelativePath(Directory, path)));

    /// <summary>Sets the first task score of the file's tenth work above any maximum; returns the file and its 1-based line.</summary>
    public (string File, int Line) BreakOneTaskScore(string procedureCode)
    {
        var relative = $"results/{procedureCode}.csv";
        var path = Path.Combine(Directory, relative);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = lines[0].Split(';');
        string[] fixedColumns = ["school_code", "participant", "student", "class", "variant", "journal_mark", "primary_score", "mark"];
        var firstTask = Array.FindIndex(header, column => !fixedColumns.Contains(column));
        const int index = 10;
        var cells = lines[index].Split(';');
        cells[firstTask] = "99";
        lines[index] = string.Join(';', cells);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return (relative, index + 1);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
