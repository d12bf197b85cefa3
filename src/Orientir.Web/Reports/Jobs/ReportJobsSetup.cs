using Microsoft.Extensions.DependencyInjection.Extensions;
using Orientir.Reports.Content;

namespace Orientir.Web.Reports.Jobs;

/// <summary>Report generation as background jobs: the jobs of this process, their worker, the orders' checks and the API.</summary>
internal static class ReportJobsSetup
{
    public static IServiceCollection AddReportJobs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportProducer>();
        services.AddSingleton<ReportJobs>();
        services.AddHostedService<ReportJobWorker>();
        services.AddScoped<ReportOrders>();
        return services;
    }

    public static RouteGroupBuilder MapReportJobsApi(this RouteGroupBuilder api) => api.MapReportJobsEndpoints();
}
