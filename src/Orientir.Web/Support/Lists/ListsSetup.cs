namespace Orientir.Web.Support.Lists;

internal static class ListsSetup
{
    public static IServiceCollection AddSupportLists(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSupportListsApi(this IEndpointRouteBuilder api) => api;
}
