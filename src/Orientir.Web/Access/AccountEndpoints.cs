using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Orientir.Data.Access;

namespace Orientir.Web.Access;

/// <summary>The login form's target and the logout: the only pages' endpoints that change the session.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LogInAsync);
        account.MapPost("/logout", LogOutAsync);
        return app;
    }

    private static async Task<RedirectHttpResult> LogInAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, PasswordSignIn signIn)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        var failure = await signIn.SignInAsync(email, password, IdentityConstants.ApplicationScheme);
        if (failure is null) return TypedResults.LocalRedirect(target);
        var query = $"?error={Uri.EscapeDataString(failure.Code)}&returnUrl={Uri.EscapeDataString(target)}";
        if (!string.IsNullOrWhiteSpace(email)) query += $"&email={Uri.EscapeDataString(email.Trim())}";
        return TypedResults.LocalRedirect("/login" + query);
    }

    private static async Task<RedirectHttpResult> LogOutAsync(SignInManager<OrientirUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect("/login");
    }

    // Only paths of this site, so that the login form cannot be used to send people elsewhere.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
