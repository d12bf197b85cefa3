using Orientir.Testing;

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

    public int CountRows(string relativePath) => PackageFiles.CountRows(Directory, relativePath);

    public long CountResultRows() =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "results"), "*.csv")
            .Sum(path => (long)CountRows(Path.GetRelativePath(Directory, path)));

    /// <summary>Spoils one task score of the procedure's results file (<see cref="PackageFiles.BreakOneTaskScore"/>).</summary>
    public (string File, int Line) BreakOneTaskScore(string procedureCode) => PackageFiles.BreakOneTaskScore(Directory, procedureCode);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
