using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Domain.Access;
using Orientir.Data.Database;
using Orientir.Analytics.Indicators;
using Orientir.Data.Registry;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Data.Staff;
using Orientir.Data.Support;
using Orientir.Web.Hosting;

namespace Orientir.Web.Access;

/// <summary>The registry's read side for the signed-in user: the one way pages and endpoints reach registry data.</summary>
public sealed class ScopedQueries(OrientirDbContext db, AccessScopeResolver resolver, OrientirSettings settings)
{
    public async Task<RegistryQueries> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        new(db, (await ResolveAsync(user, cancellationToken)).Scope);

    /// <summary>The signed-in account's id (null when signed out) and its scope, read anew on every request.</summary>
    private async Task<(string? UserId, AccessScope Scope)> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return (userId, await resolver.ResolveAsync(userId, settings.DemoMode, cancellationToken));
    }

    /// <summary>The indicators' read side for the signed-in user, in the same scope as <see cref="ForAsync"/>.</summary>
    public async Task<IndicatorQueries> IndicatorsForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        new(db, (await ForAsync(user, cancellationToken)).Scope, IndicatorSettings.Default);

    /// <summary>The published school lists for the signed-in user, in the same scope as <see cref="ForAsync"/>.</summary>
    public async Task<SchoolListQueries> SchoolListsForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        new(db, (await ForAsync(user, cancellationToken)).Scope);

    /// <summary>The signed-in user as targeted support's commands and queries take them: account, name, role and scope.</summary>
    public async Task<SupportActor> SupportActorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (userId, scope) = await ResolveAsync(user, cancellationToken);
        return new SupportActor(userId ?? "", user.Identity?.Name ?? "?", scope.Role, scope);
    }

    /// <summary>The signed-in user as staff development's commands and queries take them; a teacher's account carries its teacher record.</summary>
    public async Task<StaffActor> StaffActorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (userId, scope) = await ResolveAsync(user, cancellationToken);
        int? teacherId = null;
        if (userId is not null && scope.Role == Roles.Teacher)
            teacherId = await db.Users.Where(u => u.Id == userId).Select(u => u.TeacherId).SingleOrDefaultAsync(cancellationToken);
        return new StaffActor(userId ?? "", user.Identity?.Name ?? "?", scope.Role, scope, teacherId);
    }
}
