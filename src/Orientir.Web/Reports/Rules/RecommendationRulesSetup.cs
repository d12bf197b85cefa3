using Orientir.Data.Reports;

namespace Orientir.Web.Reports.Rules;

/// <summary>The rules of the reports' targeted recommendations: their services, <c>/api/reports/rules</c> and the page <c>/reports/rules</c>.</summary>
internal static class RecommendationRulesSetup
{
    public static IServiceCollection AddRecommendationRules(this IServiceCollection services) =>
        services.AddScoped<RecommendationRuleStore>().AddScoped<RecommendationRuleCommands>();

    public static RouteGroupBuilder MapRecommendationRulesApi(this RouteGroupBuilder api)
    {
        api.MapRecommendationRules();
        return api;
    }
}
