using Orientir.Data.Staff.Routes;

namespace Orientir.Web.Staff.Routes;

/// <summary>Professional development: individual routes over HTTP and their services.</summary>
internal static class RoutesSetup
{
    public static IServiceCollection AddStaffRoutes(this IServiceCollection services)
    {
        services.AddScoped<RouteCommands>();
        services.AddScoped<RouteStepCommands>();
        services.AddScoped<RouteQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapStaffRoutesApi(this IEndpointRouteBuilder api) => api.MapRoutesApi();
}
