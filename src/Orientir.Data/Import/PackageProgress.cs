namespace Orientir.Data.Import;

/// <summary>
/// Adds the whole package's figures to every report of the current file: the rows stored so far and the rows the
/// imported files' line counts promise, so that a listener can show one rate and one time left for the package.
/// </summary>
internal sealed class PackageProgress(IProgress<ImportProgress> listener, List<PackageFile> files) : IProgress<ImportProgress>
{
    private readonly Dictionary<string, long> _stored = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _done;

    /// <summary>Null when nobody listens: the importer then reports nothing at all.</summary>
    public static PackageProgress? For(IProgress<ImportProgress>? listener, List<PackageFile> files) =>
        listener is null ? null : new PackageProgress(listener, files);

    public void Report(ImportProgress value)
    {
        ImportProgress report;
        lock (_lock)
        {
            if (value.RowsTotal is not null)
            {
                var before = _stored.GetValueOrDefault(value.File);
                _done += value.RowsDone - before;
                _stored[value.File] = value.RowsDone;
            }
            // The files to store are known only after the check: the total follows them (a few dozen files).
            var rowsTotal = files.Where(f => f.Status == FileImportStatus.Imported).Sum(f => Math.Max(f.LineBreaks - 1, 0));
            report = value with { PackageRowsDone = _done, PackageRowsTotal = Math.Max(rowsTotal, _done) };
        }
        listener.Report(report);
    }
}
