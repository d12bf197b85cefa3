using Orientir.Data.Support.Lists;

namespace Orientir.Web.Support.Lists;

/// <summary>Target lists of a year, curators and the curator's workspace: their services and their part of <c>/api/support</c>.</summary>
internal static class ListsSetup
{
    public static IServiceCollection AddSupportLists(this IServiceCollection services)
    {
        services.AddScoped<TargetListCommands>();
        services.AddScoped<TargetListSchoolCommands>();
        services.AddScoped<TargetListQueries>();
        services.AddScoped<CuratorCommands>();
        services.AddScoped<CuratorWorkspaceQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupportListsApi(this IEndpointRouteBuilder api)
    {
        api.MapTargetListsApi();
        api.MapCuratorsApi();
        return api;
    }
}
