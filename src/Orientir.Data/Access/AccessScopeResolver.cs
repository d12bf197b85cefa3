using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Access;

namespace Orientir.Data.Access;

/// <summary>
/// Builds a user's <see cref="AccessScope"/> from the database on every request, so that a changed role,
/// binding or curator assignment takes effect without signing in again.
/// </summary>
public sealed class AccessScopeResolver(OrientirDbContext db)
{
    /// <summary>The scope of the account <paramref name="userId"/>; <see cref="AccessScope.Nothing"/> for an unknown or unconfigured account.</summary>
    public async Task<AccessScope> ResolveAsync(string? userId, bool demoMode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId)) return AccessScope.Nothing("");
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.MunicipalityId, u.SchoolId, u.IsDemo })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null) return AccessScope.Nothing("");
        var role = await RoleOfAsync(userId, cancellationToken);
        if (role is null || (user.IsDemo && !demoMode)) return AccessScope.Nothing(role ?? "");

        if (Roles.IsRegionWide(role)) return AccessScope.Region(role);
        if (Roles.NeedsMunicipality(role))
            return user.MunicipalityId is { } municipalityId ? AccessScope.Municipality(role, municipalityId) : AccessScope.Nothing(role);
        if (Roles.NeedsSchool(role))
            return user.SchoolId is { } schoolId ? AccessScope.Schools(role, [schoolId]) : AccessScope.Nothing(role);
        if (role == Roles.Curator)
        {
            var schools = await db.CuratorSchools.AsNoTracking()
                .Where(c => c.UserId == userId).Select(c => c.SchoolId).ToListAsync(cancellationToken);
            return AccessScope.Schools(role, schools);
        }
        return AccessScope.Nothing(role);
    }

    /// <summary>The account's role; an account holds one role, the first known one if the database says more.</summary>
    public async Task<string?> RoleOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var names = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name)
            .ToListAsync(cancellationToken);
        return Roles.All.FirstOrDefault(names.Contains);
    }
}
