namespace Orientir.Web.Reports.Jobs;

internal static class ReportJobsSetup
{
    public static IServiceCollection AddReportJobs(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapReportJobsApi(this RouteGroupBuilder api) => api;
}
