namespace Orientir.Data.Import;

/// <summary>
/// Reads a reference table the region keeps as one CSV file outside a package (the ДПП catalogue, the recommendation
/// rules, the subject synonyms) with the package's CSV rules: encoding and separator detection, required columns,
/// unknown columns warned about, every error as <c>file:line: column</c>.
/// </summary>
internal static class CatalogueCsv
{
    public static List<TRow> Read<TRow>(string path, string fileName, string[] required, string[] known,
        List<ImportError> errors, List<ImportError> warnings, Action<CsvTable, List<TRow>> readRows)
    {
        // The kind only matters to the package importer; this file is read on its own.
        var file = new PackageFile(fileName, path, PackageFileKind.Procedures, null);
        PackageLayout.Fingerprint(file);
        var fileErrors = new FileErrors(fileName);
        var rows = new List<TRow>();
        using (var table = CsvTable.Open(file, fileErrors))
        {
            if (table is not null && table.RequireColumns(required))
            {
                table.WarnUnknownColumns(known, warnings);
                readRows(table, rows);
            }
        }
        fileErrors.CopyTo(errors);
        return rows;
    }
}
