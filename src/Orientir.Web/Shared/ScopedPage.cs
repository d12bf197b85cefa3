using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orientir.Data.Registry;
using Orientir.Web.Access;

namespace Orientir.Web.Shared;

/// <summary>
/// A page that reads registry data. It owns a DI scope, hence its own database context: Blazor Server keeps one
/// scope per circuit, and a context shared by the components of a circuit would be used concurrently.
/// </summary>
public abstract class ScopedPage : OwningComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<RegistryQueries> QueriesAsync()
    {
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        return await ScopedServices.GetRequiredService<ScopedQueries>().ForAsync(user);
    }
}
