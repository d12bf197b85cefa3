namespace Orientir.Web.Staff.Routes;

/// <summary>Professional development: routes over HTTP and its services.</summary>
internal static class RoutesSetup
{
    public static IServiceCollection AddStaffRoutes(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapStaffRoutesApi(this IEndpointRouteBuilder api) => api;
}
