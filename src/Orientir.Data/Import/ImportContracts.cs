namespace Orientir.Data.Import;

/// <summary>
/// One problem in one row of one file: <c>results/VPR-2025-RU-4.csv:17: 5: балл 3 больше максимума 2 [IMP404]</c>.
/// <see cref="Line"/> is 1-based and counts the header line; 0 means the file as a whole.
/// <see cref="Column"/> is the header as written in the file, or empty when the problem is not about one column.
/// The codes are listed in docs/import-errors.md. For a workbook, <see cref="Sheet"/> names the sheet and
/// <see cref="Line"/> is the row number Excel shows.
/// </summary>
public sealed record ImportError(string File, int Line, string Column, string Code, string Message)
{
    public string? Sheet { get; init; }

    public override string ToString()
    {
        var file = Sheet is null ? File : $"{File} [лист «{Sheet}»]";
        var place = Line > 0 ? $"{file}:{Line}" : file;
        return Column.Length > 0 ? $"{place}: {Column}: {Message} [{Code}]" : $"{place}: {Message} [{Code}]";
    }
}

public enum FileImportStatus
{
    /// <summary>Stored in this import.</summary>
    Imported,
    /// <summary>The identical file (same name and SHA-256) was imported before: nothing changed.</summary>
    Unchanged,
    /// <summary>The package had errors (in this file or another one): nothing of the package was stored.</summary>
    Rejected,
}

/// <summary>
/// One file of the package: its path inside the package, what happened to it, and its data rows (for an unchanged
/// file, the rows of its earlier import).
/// </summary>
public sealed record FileImportOutcome(string File, FileImportStatus Status, int Rows);

public sealed record ImportOutcome(
    IReadOnlyList<FileImportOutcome> Files,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ImportError> Warnings)
{
    public bool Succeeded => Errors.Count == 0;
    public bool ChangedNothing => Succeeded && Files.All(f => f.Status == FileImportStatus.Unchanged);

    /// <summary>Works stored by this import (rows of the imported results files).</summary>
    public long WorksImported => Files
        .Where(f => f.Status == FileImportStatus.Imported && f.File.StartsWith(PackageLayout.ResultsFolder + "/", StringComparison.Ordinal))
        .Sum(f => (long)f.Rows);
}

/// <summary>
/// Progress of a long import: rows of the current file. <see cref="RowsTotal"/> is null while a file is only being
/// checked, and set while it is being stored (for a results file, checked and stored in one pass, the estimate
/// from its line count until its last row). <see cref="PackageRowsDone"/> of <see cref="PackageRowsTotal"/> is the
/// whole package's progress: rows stored so far of the rows the files' line counts promise — for a rate and a time
/// left.
/// </summary>
public sealed record ImportProgress(string File, long RowsDone, long? RowsTotal)
{
    public long PackageRowsDone { get; init; }
    public long PackageRowsTotal { get; init; }
}
