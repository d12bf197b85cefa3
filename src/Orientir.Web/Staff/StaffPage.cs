using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orientir.Data.Staff;
using Orientir.Web.Access;

namespace Orientir.Web.Staff;

/// <summary>A page or panel of professional development: its own DI scope (see <see cref="Shared.ScopedPage"/>) and the signed-in user as an actor.</summary>
public abstract class StaffPage : OwningComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<StaffActor> ActorAsync() =>
        await ScopedServices.GetRequiredService<ScopedQueries>().StaffActorAsync(await UserAsync());

    protected T Service<T>() where T : notnull => ScopedServices.GetRequiredService<T>();

    protected static string Date(DateTime utc) => utc.ToLocalTime().ToString("dd.MM.yyyy HH:mm");

    protected static string Date(DateOnly date) => date.ToString("dd.MM.yyyy");
}
