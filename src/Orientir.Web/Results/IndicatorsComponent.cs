using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orientir.Data.Registry;
using Orientir.Data.Results;
using Orientir.Web.Access;

namespace Orientir.Web.Results;

/// <summary>
/// A component that reads indicators. Like <see cref="Shared.ScopedPage"/> it owns a DI scope, hence its own
/// database context, so that it may load while the page around it loads too.
/// </summary>
public abstract class IndicatorsComponent : OwningComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<IndicatorQueries> IndicatorsAsync() =>
        await ScopedServices.GetRequiredService<ScopedQueries>().IndicatorsForAsync(await UserAsync());

    protected async Task<RegistryQueries> RegistryAsync() =>
        await ScopedServices.GetRequiredService<ScopedQueries>().ForAsync(await UserAsync());
}
