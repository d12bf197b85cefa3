namespace Orientir.Web.Staff.Dashboards;

/// <summary>Professional development: dashboards over HTTP and its services.</summary>
internal static class DashboardsSetup
{
    public static IServiceCollection AddStaffDashboards(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapStaffDashboardsApi(this IEndpointRouteBuilder api) => api;
}
