namespace Orientir.Web.Staff.Catalogue;

/// <summary>Professional development: catalogue over HTTP and its services.</summary>
internal static class CatalogueSetup
{
    public static IServiceCollection AddStaffCatalogue(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapStaffCatalogueApi(this IEndpointRouteBuilder api) => api;
}
