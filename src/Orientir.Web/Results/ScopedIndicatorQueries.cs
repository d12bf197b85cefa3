using System.Security.Claims;
using Orientir.Analytics.Indicators;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Results;
using Orientir.Web.Hosting;

namespace Orientir.Web.Results;

/// <summary>
/// The indicators' read side for the signed-in user, built like <see cref="Access.ScopedQueries"/>: the scope is
/// resolved from the database on every request, so pages and the export see exactly what the API sees.
/// </summary>
public sealed class ScopedIndicatorQueries(OrientirDbContext db, AccessScopeResolver resolver, OrientirSettings settings, IndicatorSettings? indicatorSettings = null)
{
    public async Task<IndicatorQueries> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var scope = await resolver.ResolveAsync(userId, settings.DemoMode, cancellationToken);
        return new IndicatorQueries(db, scope, indicatorSettings ?? IndicatorSettings.Default);
    }

    /// <summary>
    /// The registered instance when the host registers one, otherwise one made over the caller's services: the
    /// pages and the export need no registration of their own.
    /// </summary>
    public static ScopedIndicatorQueries From(IServiceProvider services) =>
        ActivatorUtilities.GetServiceOrCreateInstance<ScopedIndicatorQueries>(services);
}
