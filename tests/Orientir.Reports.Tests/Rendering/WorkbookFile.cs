using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs;

namespace Orientir.Reports.Tests.Rendering;

/// <summary>
/// A produced .xlsx read back two ways: its cells through MiniExcel's reader (as a user's tool would read them) and its
/// parts as XML (the sheet views, filters and number formats Excel applies), resolved through the workbook's relations.
/// </summary>
internal sealed class WorkbookFile
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelations = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly byte[] _content;
    private readonly Dictionary<string, XDocument> _sheets = new(StringComparer.Ordinal);
    private readonly XDocument _styles;

    public WorkbookFile(byte[] content)
    {
        _content = content;
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var workbook = Load(zip, "xl/workbook.xml");
        var targets = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(PackageRelations + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var target = targets[(string)sheet.Attribute(Relations + "id")!].TrimStart('/');
            _sheets[(string)sheet.Attribute("name")!] = Load(zip, target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
        }
        SheetNames = [.. workbook.Root.Element(Main + "sheets")!.Elements(Main + "sheet").Select(s => (string)s.Attribute("name")!)];
        _styles = Load(zip, "xl/styles.xml");
    }

    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>The sheet's rows as MiniExcel reads them, the header row first, each cell by its column's position.</summary>
    public List<object?[]> Rows(string sheet)
    {
        using var stream = new MemoryStream(_content);
        return stream.Query(useHeaderRow: false, sheetName: sheet)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray())
            .ToList();
    }

    /// <summary>The frozen pane of the sheet: the rows and columns it keeps in view, or (0, 0).</summary>
    public (int Rows, int Columns) Frozen(string sheet)
    {
        var pane = _sheets[sheet].Descendants(Main + "pane").FirstOrDefault(p => (string?)p.Attribute("state") == "frozen");
        return pane is null ? (0, 0) : ((int?)pane.Attribute("ySplit") ?? 0, (int?)pane.Attribute("xSplit") ?? 0);
    }

    public string? AutoFilter(string sheet) => (string?)_sheets[sheet].Root!.Element(Main + "autoFilter")?.Attribute("ref");

    public double? Width(string sheet, int column) =>
        (double?)_sheets[sheet].Descendants(Main + "col").FirstOrDefault(c => (int)c.Attribute("min")! <= column && column <= (int)c.Attribute("max")!)?.Attribute("width");

    /// <summary>The cell's type attribute («str», «s» for text; none for a number) and its number format code.</summary>
    public (string? Type, string FormatCode) Cell(string sheet, string reference)
    {
        var cell = _sheets[sheet].Descendants(Main + "c").Single(c => (string)c.Attribute("r")! == reference);
        var style = (int?)cell.Attribute("s") ?? 0;
        var numberFormat = (int)_styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(style).Attribute("numFmtId")!;
        var custom = _styles.Root.Element(Main + "numFmts")?.Elements(Main + "numFmt")
            .FirstOrDefault(f => (int)f.Attribute("numFmtId")! == numberFormat);
        return ((string?)cell.Attribute("t"), custom is null ? $"builtin:{numberFormat}" : (string)custom.Attribute("formatCode")!);
    }

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }
}
