using Orientir.Data.Import;
using Orientir.Web.Hosting;
using Orientir.Web.Results;

namespace Orientir.Web.Import;

/// <summary>
/// An uploaded zipped package, as the import page and <c>POST /api/imports</c> both take it: imported whole, and a
/// package that changed something starts the recalculation of the indicators.
/// </summary>
public sealed class PackageUpload(OrientirSettings settings, IndicatorRefresh refresh)
{
    public async Task<ImportOutcome> ImportAsync(Stream zip, string zipName, string userName,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcome = await new PackageImporter(settings.ConnectionString)
            .ImportZipAsync(zip, zipName, userName, progress, cancellationToken);
        if (outcome.Succeeded && !outcome.ChangedNothing) refresh.Request();
        return outcome;
    }
}
