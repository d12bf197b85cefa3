namespace Orientir.Web.Support.Documents;

internal static class DocumentsSetup
{
    public static IServiceCollection AddSupportDocuments(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSupportDocumentsApi(this IEndpointRouteBuilder api) => api;
}
