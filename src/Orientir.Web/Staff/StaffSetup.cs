using System.Security.Claims;
using Orientir.Data.Staff;
using Orientir.Domain.Access;
using Orientir.Web.Staff.Catalogue;
using Orientir.Web.Staff.Dashboards;
using Orientir.Web.Staff.Mentoring;
using Orientir.Web.Staff.Routes;

namespace Orientir.Web.Staff;

/// <summary>Professional development of teachers: deficits, the course catalogue, individual routes, mentoring, dashboards.</summary>
internal static class StaffSetup
{
    /// <summary>Keeping the catalogue, approving routes, running mentoring region-wide: <see cref="Roles.CanManageStaff"/>.</summary>
    public const string ManagePolicy = "ManageStaff";

    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffAccess>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ManagePolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => CanManage(context.User)));
        services.AddStaffCatalogue();
        services.AddStaffRoutes();
        services.AddStaffMentoring();
        services.AddStaffDashboards();
        return services;
    }

    public static bool CanManage(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindAll(ClaimTypes.Role).Any(role => Roles.CanManageStaff(role.Value));

    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staff").RequireAuthorization().WithTags("Staff");
        api.MapStaffCatalogueApi();
        api.MapStaffRoutesApi();
        api.MapStaffMentoringApi();
        api.MapStaffDashboardsApi();
        return app;
    }
}
