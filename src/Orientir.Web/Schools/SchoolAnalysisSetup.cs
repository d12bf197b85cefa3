using System.Security.Claims;
using System.Text.Json.Serialization;
using Orientir.Data.Schools;
using Orientir.Domain.Access;

namespace Orientir.Web.Schools;

internal static class SchoolAnalysisSetup
{
    /// <summary>Changing the methodology and publishing the lists: <see cref="Roles.CanManageMethodology"/>.</summary>
    public const string ManagePolicy = "ManageMethodology";

    public static IServiceCollection AddSchoolAnalysis(this IServiceCollection services)
    {
        services.AddScoped<MethodologyStore>();
        services.AddScoped<SchoolAnalysisPublisher>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ManagePolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => CanManage(context.User)));
        // Evidence may hold NaN (a statistic that has no value); JSON has no such number, so it is written as "NaN".
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling |= JsonNumberHandling.AllowNamedFloatingPointLiterals);
        return services;
    }

    public static bool CanManage(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindAll(ClaimTypes.Role).Any(role => Roles.CanManageMethodology(role.Value));

    public static IEndpointRouteBuilder MapSchoolAnalysis(this IEndpointRouteBuilder app)
    {
        app.MapSchoolAnalysisApi();
        app.MapMethodologyApi();
        return app;
    }
}
