using Orientir.Data.Database;

namespace Orientir.Data.Import;

/// <summary>
/// Imports a whole data package (docs/formats.md) in one transaction: every file is checked, against the package
/// and the database, and nothing is stored if any file is bad. The small files are checked before the transaction;
/// the results files are checked while they are stored, in one streaming pass (docs/adapters/streaming.md). Files
/// imported before with the same content are skipped, so importing the same package twice changes nothing.
/// Cancellation rolls everything back (<see cref="ImportCodes.Cancelled"/>). Re-import rules and the error codes
/// are in docs/import-errors.md.
/// </summary>
public sealed class PackageImporter(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public async Task<ImportOutcome> ImportDirectoryAsync(string packageDirectory, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(packageDirectory))
            return new ImportOutcome([], [new ImportError(packageDirectory, 0, "", ImportCodes.NoKnownFiles, "папка пакета не найдена")], []);
        var name = new DirectoryInfo(packageDirectory).Name;
        return await ImportFolderAsync(packageDirectory, name, userName, progress, cancellationToken);
    }

    /// <summary>A zipped package as uploaded on the import page.</summary>
    public async Task<ImportOutcome> ImportZipAsync(Stream zip, string zipName, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-import-").FullName;
        try
        {
            var (package, error) = await Task.Run(() => ZipPackage.Extract(zip, zipName, folder), cancellationToken);
            if (error is not null) return new ImportOutcome([], [error], []);
            return await ImportFolderAsync(package!, zipName, userName, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ImportOutcome([], [CancelledError(zipName)], []);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    internal async Task<ImportOutcome> ImportFolderAsync(string directory, string packageName, string userName,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var warnings = new List<ImportError>();
        var files = PackageLayout.Discover(directory, warnings);
        if (files.Count == 0)
            return new ImportOutcome([], [new ImportError(packageName, 0, "", ImportCodes.NoKnownFiles,
                "в пакете нет ни одного файла формата: municipalities.csv, schools.csv, procedures.csv, tasks.csv, " +
                "results/<код процедуры>.csv, school_results.csv, teachers.csv, teacher_classes.csv, teacher_diagnostics.csv")], warnings);
        var tracked = PackageProgress.For(progress, files);
        try
        {
            return await CheckAndStoreAsync(files, warnings, packageName, userName, tracked, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The transaction, if one was open, was rolled back when it was disposed unfinished.
            return Rejected(files, [CancelledError(packageName)], warnings);
        }
    }

    private async Task<ImportOutcome> CheckAndStoreAsync(List<PackageFile> files, List<ImportError> warnings, string packageName,
        string userName, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await Task.Run(() => files.ForEach(PackageLayout.Fingerprint), cancellationToken);

        await using var context = OrientirDatabase.CreateContext(ConnectionString);
        var snapshot = await DatabaseSnapshot.LoadAsync(context, cancellationToken);
        foreach (var file in files)
            if (snapshot.LatestImports.TryGetValue(file.Name, out var latest) && latest.Sha256 == file.Sha256)
            {
                file.Status = FileImportStatus.Unchanged;
                file.Rows = latest.Rows;
            }

        var check = new PackageCheck(files, snapshot, warnings, progress);
        await Task.Run(check.Run, cancellationToken);
        if (check.HasErrors)
        {
            // Rejected already; the results files are still read, so that one round of fixes can correct them all.
            await Task.Run(() => check.CheckResultsRows(cancellationToken), cancellationToken);
            return Rejected(files, check.AllErrors(), warnings);
        }
        if (files.All(f => f.Status == FileImportStatus.Unchanged)) return Outcome(files, [], warnings);

        var writer = new PackageWriter(context, files, check, snapshot, userName, packageName, warnings, progress);
        if (await writer.WriteAsync(cancellationToken) is { Count: > 0 } errors) return Rejected(files, errors, warnings);
        // Committed: what follows belongs to the stored import and runs to its end.
        await UpdateSystemIndicatorsAsync(userName, CancellationToken.None);
        return Outcome(files, [], warnings);
    }

    // New results measure the schools' programme indicators anew (targeted support); the import is already committed.
    private async Task UpdateSystemIndicatorsAsync(string userName, CancellationToken cancellationToken)
    {
        await using var context = OrientirDatabase.CreateContext(ConnectionString);
        await new Support.Indicators.SystemIndicatorUpdater(context, TimeProvider.System).UpdateAsync(userName, cancellationToken);
        // New results or teacher data measure the teachers' deficits anew (professional development).
        await new Staff.Measurements.TeacherMeasurementUpdater(context, TimeProvider.System).UpdateAsync(userName, cancellationToken);
    }

    internal static ImportError CancelledError(string packageName) =>
        new(packageName, 0, "", ImportCodes.Cancelled, "загрузка отменена: ничего не сохранено");

    private static ImportOutcome Rejected(List<PackageFile> files, List<ImportError> errors, List<ImportError> warnings)
    {
        foreach (var file in files.Where(f => f.Status == FileImportStatus.Imported)) file.Status = FileImportStatus.Rejected;
        return Outcome(files, errors, warnings);
    }

    private static ImportOutcome Outcome(List<PackageFile> files, List<ImportError> errors, List<ImportError> warnings) =>
        new([.. files.Select(f => new FileImportOutcome(f.Name, f.Status, f.Rows))], errors, warnings);
}
