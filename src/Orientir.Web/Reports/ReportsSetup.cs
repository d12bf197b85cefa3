using Orientir.Reports.Printing;
using Orientir.Web.Reports.Jobs;
using Orientir.Web.Reports.Rules;

namespace Orientir.Web.Reports;

/// <summary>Analytic reports: the «Отчёты» page, report generation as background jobs, the rules of recommendations.</summary>
internal static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        // One headless Chromium for the application, started on the first PDF.
        services.AddSingleton<PdfPrinter>();
        services.AddReportJobs();
        services.AddRecommendationRules();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").RequireAuthorization().WithTags("Reports");
        api.MapReportJobsApi();
        api.MapRecommendationRulesApi();
        return app;
    }
}
