namespace Orientir.Web.Support.Monitoring;

internal static class MonitoringSetup
{
    public static IServiceCollection AddSupportMonitoring(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSupportMonitoringApi(this IEndpointRouteBuilder api) => api;
}
