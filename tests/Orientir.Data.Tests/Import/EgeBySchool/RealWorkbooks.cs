using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Orientir.Data.Tests.Import.EgeBySchool;

/// <summary>
/// The real regional ЕГЭ-by-school workbooks of ../shared/data/ru_ege_dfo (see its README: Еврейская АО and
/// Забайкальский край, 2022–2023 results and 2024 registrations), found from the test's folder upwards, and damaged
/// copies of them for the rejection tests.
/// </summary>
internal static class RealWorkbooks
{
    public const string Jao = "ege_by_school_JAO_2022_2024.xlsx";
    public const string Zabaykalsky = "ege_by_school_Zabaykalsky_2022_2024.xlsx";
    public const string TidyCsv = "ege_results_by_school_subject.csv";

    public static string PathOf(string file) => Find(file)
        ?? throw new FileNotFoundException($"shared/data/ru_ege_dfo/{file} is not in any folder above {AppContext.BaseDirectory}");

    /// <summary>The workbook's path, or null on a machine without the shared data next to the repository.</summary>
    public static string? Find(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "shared", "data", "ru_ege_dfo", file);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>A copy of the workbook in <paramref name="folder"/> with one cell of one sheet's XML replaced by a text.</summary>
    public static string CopyWithCell(string workbook, string folder, string sheetXml, string cell, string text) =>
        CopyWithCells(workbook, folder, sheetXml, (cell, text));

    /// <summary>A copy of the workbook in <paramref name="folder"/> with cells of one sheet's XML replaced by texts.</summary>
    public static string CopyWithCells(string workbook, string folder, string sheetXml, params (string Cell, string Text)[] cells)
    {
        var copy = Path.Combine(folder, Path.GetFileName(workbook));
        File.Copy(PathOf(workbook), copy, overwrite: true);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        var entry = zip.GetEntry($"xl/worksheets/{sheetXml}") ?? throw new ArgumentException(sheetXml);
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        foreach (var (cell, text) in cells)
        {
            // A cell is written either with a value or, when empty but styled, as <c r="X1" s="5"/>.
            var pattern = new Regex($"<c r=\"{cell}\"( s=\"\\d+\")?( t=\"\\w+\")?(/>|>.*?</c>)");
            if (!pattern.IsMatch(xml)) throw new ArgumentException($"{cell} not in {sheetXml}");
            xml = pattern.Replace(xml, m => $"<c r=\"{cell}\"{m.Groups[1].Value} t=\"inlineStr\"><is><t>{text}</t></is></c>", 1);
        }
        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry($"xl/worksheets/{sheetXml}").Open())) writer.Write(xml);
        return copy;
    }
}

/// <summary>
/// A theory over the real workbooks: skipped, with the reason, where ../shared/data is not next to the repository (the
/// workbooks are public data kept outside it; a clone elsewhere has only the tests built from code).
/// </summary>
internal sealed class RealWorkbookTheoryAttribute : TheoryAttribute
{
    public RealWorkbookTheoryAttribute()
    {
        if (new[] { RealWorkbooks.Jao, RealWorkbooks.Zabaykalsky, RealWorkbooks.TidyCsv }.FirstOrDefault(f => RealWorkbooks.Find(f) is null) is { } missing)
            Skip = $"shared/data/ru_ege_dfo/{missing} is not on this machine (the real exports live next to the repository, in ../shared/data)";
    }
}
