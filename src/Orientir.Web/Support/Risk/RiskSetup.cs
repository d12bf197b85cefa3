namespace Orientir.Web.Support.Risk;

internal static class RiskSetup
{
    public static IServiceCollection AddSupportRisk(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSupportRiskApi(this IEndpointRouteBuilder api) => api;
}
