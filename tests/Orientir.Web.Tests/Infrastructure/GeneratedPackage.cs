using System.IO.Compression;
using Orientir.Data.Demo;
using Orientir.Testing;

namespace Orientir.Web.Tests.Infrastructure;

/// <summary>
/// A demo package written by <see cref="DemoPackageGenerator"/> into a temporary folder, as the demo mode of the app
/// writes it (seed 1 unless told), and zipped for upload.
/// </summary>
public sealed class GeneratedPackage : IDisposable
{
    /// <summary>The seed the app's demo mode generates its region with (Hosting/DemoRegion.cs).</summary>
    public const int DemoSeed = 1;

    private readonly List<string> _zips = [];

    private GeneratedPackage(string directory, DemoSummary summary)
    {
        Directory = directory;
        Summary = summary;
    }

    public string Directory { get; }
    public DemoSummary Summary { get; }

    public static GeneratedPackage Create(int schools, IReadOnlyList<int>? years = null, int seed = DemoSeed)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("orientir-package-").FullName;
        return new GeneratedPackage(directory, DemoPackageGenerator.Generate(directory, new DemoOptions(seed, schools, years)));
    }

    /// <summary>Procedure codes of the package, from its results files, in order.</summary>
    public IReadOnlyList<string> ProcedureCodes =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, "results"), "*.csv").Select(Path.GetFileNameWithoutExtension).Order()!];

    /// <summary>Spoils one task score of the first results file (<see cref="PackageFiles.BreakOneTaskScore"/>).</summary>
    public (string File, int Line) BreakOneTaskScore() => PackageFiles.BreakOneTaskScore(Directory, ProcedureCodes[0]);

    /// <summary>The package as a zip file (files at the archive's root), deleted with the package.</summary>
    public string Zip(string name = "package")
    {
        var path = Path.Combine(Path.GetTempPath(), $"orientir-{name}-{Guid.NewGuid():N}.zip");
        ZipFile.CreateFromDirectory(Directory, path);
        _zips.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var zip in _zips) File.Delete(zip);
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
