namespace Orientir.Web.Support.Effect;

internal static class EffectSetup
{
    public static IServiceCollection AddSupportEffect(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSupportEffectApi(this IEndpointRouteBuilder api) => api;
}
