using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orientir.Data.Schools;
using Orientir.Web.Access;

namespace Orientir.Web.Schools;

/// <summary>A page of the school analytics: its own DI scope (see <see cref="Shared.ScopedPage"/>) and the signed-in user.</summary>
public abstract class SchoolsPage : OwningComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<SchoolListQueries> ListsAsync() =>
        await ScopedServices.GetRequiredService<ScopedQueries>().SchoolListsForAsync(await UserAsync());

    protected static string Date(DateTime utc) => utc.ToLocalTime().ToString("dd.MM.yyyy HH:mm");
}
