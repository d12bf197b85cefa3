namespace Orientir.Data.Import;

/// <summary>Imports a whole data package in one transaction: every file is checked first, nothing is stored if any file is bad.</summary>
public sealed class PackageImporter(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public Task<ImportOutcome> ImportDirectoryAsync(string packageDirectory, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Contract: filled in by the importer work.");

    /// <summary>A zipped package as uploaded on the import page.</summary>
    public Task<ImportOutcome> ImportZipAsync(Stream zip, string zipName, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Contract: filled in by the importer work.");
}
