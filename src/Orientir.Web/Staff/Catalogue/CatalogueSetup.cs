using Orientir.Data.Staff.Catalogue;

namespace Orientir.Web.Staff.Catalogue;

/// <summary>Professional development: the catalogue of programmes (ДПП) and competences over HTTP and its services.</summary>
internal static class CatalogueSetup
{
    public static IServiceCollection AddStaffCatalogue(this IServiceCollection services) =>
        services.AddScoped<CatalogueCommands>().AddScoped<CatalogueQueries>();

    public static IEndpointRouteBuilder MapStaffCatalogueApi(this IEndpointRouteBuilder api) => api.MapCatalogueApi();
}
