namespace Orientir.Domain.Imports;

/// <summary>The provenance of imported records: one file of a package, identified by its content hash.</summary>
public sealed class ImportBatch
{
    public ImportBatch(string fileName, string sha256, DateTime importedAtUtc, string userName, int rows)
    {
        FileName = fileName;
        Sha256 = sha256;
        ImportedAtUtc = importedAtUtc;
        UserName = userName;
        Rows = rows;
    }

    public long Id { get; private set; }
    /// <summary>The file's path inside its package, e.g. <c>results/VPR-2025-RU-4.csv</c>.</summary>
    public string FileName { get; private set; }
    public string Sha256 { get; private set; }
    public DateTime ImportedAtUtc { get; private set; }
    public string UserName { get; private set; }
    public int Rows { get; private set; }
}
