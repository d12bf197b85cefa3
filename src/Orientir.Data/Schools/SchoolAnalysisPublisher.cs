using Orientir.Data.Database;

namespace Orientir.Data.Schools;

/// <summary>
/// Computes the school analytics of a year under the methodology in force and publishes the lists as a new run:
/// what `orientir analyze schools`, the «Пересчитать» button and <c>POST /api/schools/runs</c> do.
/// </summary>
public sealed class SchoolAnalysisPublisher(OrientirDbContext db)
{
    public Task<SchoolAnalysisRunInfo> PublishAsync(int year, string userName, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        _ = db;
        throw new NotImplementedException("The school analytics are being assembled (issue 4).");
    }
}
