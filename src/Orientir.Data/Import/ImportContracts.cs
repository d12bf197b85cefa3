namespace Orientir.Data.Import;

/// <summary>
/// One problem in one row of one file: <c>results/VPR-2025-RU-4.csv:17: 5: балл 3 больше максимума 2 [IMP-...]</c>.
/// <see cref="Line"/> is 1-based and counts the header line; 0 means the file as a whole.
/// </summary>
public sealed record ImportError(string File, int Line, string Column, string Code, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: {Column}: {Message} [{Code}]" : $"{File}: {Column}: {Message} [{Code}]";
}

public enum FileImportStatus
{
    /// <summary>Stored in this import.</summary>
    Imported,
    /// <summary>The identical file (same name and SHA-256) was imported before: nothing changed.</summary>
    Unchanged,
    /// <summary>The file had errors: nothing of the package was stored.</summary>
    Rejected,
}

public sealed record FileImportOutcome(string File, FileImportStatus Status, int Rows);

public sealed record ImportOutcome(
    IReadOnlyList<FileImportOutcome> Files,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ImportError> Warnings)
{
    public bool Succeeded => Errors.Count == 0;
    public bool ChangedNothing => Succeeded && Files.All(f => f.Status == FileImportStatus.Unchanged);
}

/// <summary>Progress of a long import: rows read of the current file.</summary>
public sealed record ImportProgress(string File, long RowsDone, long? RowsTotal);
