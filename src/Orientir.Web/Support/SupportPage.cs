using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orientir.Data.Support;
using Orientir.Web.Access;

namespace Orientir.Web.Support;

/// <summary>A page or panel of targeted support: its own DI scope (see <see cref="Shared.ScopedPage"/>) and the signed-in user as an actor.</summary>
public abstract class SupportPage : OwningComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<SupportActor> ActorAsync() =>
        await ScopedServices.GetRequiredService<ScopedQueries>().SupportActorAsync(await UserAsync());

    protected T Service<T>() where T : notnull => ScopedServices.GetRequiredService<T>();

    protected static string Date(DateTime utc) => utc.ToLocalTime().ToString("dd.MM.yyyy HH:mm");

    protected static string Date(DateOnly date) => date.ToString("dd.MM.yyyy");
}
