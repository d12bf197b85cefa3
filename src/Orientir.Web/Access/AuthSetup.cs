using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Orientir.Data.Access;
using Orientir.Domain.Access;
using Orientir.Web.Hosting;

namespace Orientir.Web.Access;

internal static class AuthSetup
{
    /// <summary>Chooses the bearer scheme when the request carries a bearer token, else the cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";
    public const string ImportPolicy = "Import";

    public static IServiceCollection AddOrientirAuth(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "orientir";
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/access-denied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers with a status code; only pages redirect to the login form.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });

        services.AddOrientirIdentityCore().AddSignInManager();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<ScopedQueries>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ImportPolicy, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.FindAll(ClaimTypes.Role).Any(role => Roles.CanImport(role.Value))));
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static Task RedirectOrStatus(HttpContext context, string redirectUri, int status)
    {
        if (ErrorHandling.IsApi(context)) context.Response.StatusCode = status;
        else context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
