using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orientir.Web.Access;

namespace Orientir.Web.Shared;

/// <summary>
/// A page or panel that acts for the signed-in user. It owns a DI scope, hence its own database context: Blazor Server
/// keeps one scope per circuit, and a context shared by the components of a circuit would be used concurrently.
/// </summary>
public abstract class UserPage : OwningComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    /// <summary>The user's scoped read side: registry queries, indicators, lists, and the actors of support and staff.</summary>
    protected ScopedQueries Scoped => ScopedServices.GetRequiredService<ScopedQueries>();

    protected T Service<T>() where T : notnull => ScopedServices.GetRequiredService<T>();

    protected static string Date(DateTime utc) => utc.ToLocalTime().ToString("dd.MM.yyyy HH:mm");

    protected static string Date(DateOnly date) => date.ToString("dd.MM.yyyy");
}
