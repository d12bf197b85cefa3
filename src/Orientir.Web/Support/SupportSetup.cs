using System.Security.Claims;
using Orientir.Data.Support;
using Orientir.Domain.Access;
using Orientir.Web.Support.Documents;
using Orientir.Web.Support.Effect;
using Orientir.Web.Support.Lists;
using Orientir.Web.Support.Monitoring;
using Orientir.Web.Support.Risk;

namespace Orientir.Web.Support;

/// <summary>Targeted support («500+»): target lists and curators, risk profiles, school documents, monitoring, effect.</summary>
internal static class SupportSetup
{
    /// <summary>Forming target lists, assigning curators, setting stage dates: <see cref="Roles.CanManageSupport"/>.</summary>
    public const string ManagePolicy = "ManageSupport";

    public static IServiceCollection AddSupport(this IServiceCollection services)
    {
        services.AddScoped<SupportAccess>();
        services.AddScoped<SupportSchoolQueries>();
        services.AddSingleton(TimeProvider.System);
        services.AddAuthorizationBuilder()
            .AddPolicy(ManagePolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => CanManage(context.User)));
        services.AddSupportLists();
        services.AddSupportRisk();
        services.AddSupportDocuments();
        services.AddSupportMonitoring();
        services.AddSupportEffect();
        return services;
    }

    public static bool CanManage(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindAll(ClaimTypes.Role).Any(role => Roles.CanManageSupport(role.Value));

    public static IEndpointRouteBuilder MapSupport(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/support").RequireAuthorization().WithTags("Support");
        api.MapGet("/schools/{code}", GetSchoolAsync).WithSummary("Школа в адресной поддержке: годы программы, основание, куратор");
        api.MapSupportListsApi();
        api.MapSupportRiskApi();
        api.MapSupportDocumentsApi();
        api.MapSupportMonitoringApi();
        api.MapSupportEffectApi();
        return app;
    }

    private static async Task<IResult> GetSchoolAsync(string code, int? year, ClaimsPrincipal user,
        Access.ScopedQueries scoped, SupportSchoolQueries queries, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return await queries.HeaderAsync(actor, code, year, cancellationToken) is { } header ? TypedResults.Ok(header) : TypedResults.NotFound();
    }
}
