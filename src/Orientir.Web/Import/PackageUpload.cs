using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Web.Hosting;
using Orientir.Web.Results;

namespace Orientir.Web.Import;

/// <summary>
/// An uploaded file, as the import page and <c>POST /api/imports</c> both take it: a zipped package, or a real export
/// (.xlsx, .csv) that one of <see cref="ExportAdapters.All"/> recognizes. Imported whole; an import that changed
/// something starts the recalculation of the indicators.
/// </summary>
public sealed class PackageUpload(OrientirSettings settings, IndicatorRefresh refresh)
{
    /// <summary>The extensions the upload accepts, for the file picker.</summary>
    public const string Accept = ".zip,.xlsx,.csv";

    /// <summary>The exports the importer understands besides a package, by their Russian names.</summary>
    public static IReadOnlyList<string> ExportTitles => [.. ExportAdapters.All.Select(a => a.Title)];

    public async Task<ImportOutcome> ImportAsync(Stream content, string fileName, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcome = await new ExportImporter(settings.ConnectionString)
            .ImportUploadAsync(content, fileName, userName, progress, cancellationToken);
        if (outcome.Succeeded && !outcome.ChangedNothing) refresh.Request();
        return outcome;
    }
}
