using System.IO.Compression;

namespace Orientir.EndToEnd.Tests.Exports;

/// <summary>
/// The real regional exports kept next to the repository (<c>../shared/data</c>), found from the test's folder upwards,
/// and damaged copies of them made for a test.
/// </summary>
internal static class ExportFiles
{
    public const string Zabaykalsky = "ru_ege_dfo/ege_by_school_Zabaykalsky_2022_2024.xlsx";
    public const string Jao = "ru_ege_dfo/ege_by_school_JAO_2022_2024.xlsx";

    public static string? Find(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "shared", "data", relative);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    public static string Require(string relative) =>
        Find(relative) ?? throw new InvalidOperationException($"shared/data/{relative} is not on this machine");

    /// <summary>
    /// A copy of <paramref name="source"/> (in a fresh folder, under the same file name) whose shared string
    /// <paramref name="text"/> reads <paramref name="replacement"/>: every cell that showed it now shows the other.
    /// </summary>
    public static string WithSharedString(string source, string text, string replacement)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"orientir-e2e-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, Path.GetFileName(source));
        File.Copy(source, copy);
        using var archive = ZipFile.Open(copy, ZipArchiveMode.Update);
        var entry = archive.GetEntry("xl/sharedStrings.xml") ?? throw new InvalidOperationException("no shared strings");
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        if (!xml.Contains(text, StringComparison.Ordinal)) throw new InvalidOperationException($"«{text}» is not in {source}");
        entry.Delete();
        using var writer = new StreamWriter(archive.CreateEntry("xl/sharedStrings.xml").Open());
        writer.Write(xml.Replace(text, replacement, StringComparison.Ordinal));
        return copy;
    }
}

/// <summary>A browser test over a real export: skipped, saying why, on a machine without the export.</summary>
internal sealed class ExportFactAttribute : FactAttribute
{
    public ExportFactAttribute(params string[] exports)
    {
        if (exports.FirstOrDefault(e => ExportFiles.Find(e) is null) is { } missing)
            Skip = $"shared/data/{missing} is not on this machine (the real exports live next to the repository, in ../shared/data)";
    }
}
