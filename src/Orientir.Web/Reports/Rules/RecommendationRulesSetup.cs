namespace Orientir.Web.Reports.Rules;

internal static class RecommendationRulesSetup
{
    public static IServiceCollection AddRecommendationRules(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapRecommendationRulesApi(this RouteGroupBuilder api) => api;
}
