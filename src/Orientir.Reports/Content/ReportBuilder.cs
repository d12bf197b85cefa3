using Orientir.Reports.Municipality;
using Orientir.Reports.Region;
using Orientir.Reports.School;

namespace Orientir.Reports.Content;

/// <summary>Builds the report a request asks for; null when its school or municipality does not exist or is out of the reader's scope.</summary>
public static class ReportBuilder
{
    public static Task<Report?> BuildAsync(ReportContext context, ReportRequest request, CancellationToken cancellationToken = default) =>
        request.Level switch
        {
            ReportLevel.School => SchoolReport.BuildAsync(context, request.Code ?? "", request.Year, cancellationToken),
            ReportLevel.Municipality => MunicipalityReport.BuildAsync(context, request.Code ?? "", request.Year, cancellationToken),
            _ => RegionReport.BuildAsync(context, request.Year, cancellationToken),
        };
}
