using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Registry;
using Orientir.Domain.Registry;

namespace Orientir.Data.Support;

/// <summary>The one place that says which schools' support data an actor reaches: every support query and command starts here.</summary>
public sealed class SupportAccess(OrientirDbContext db)
{
    /// <summary>The schools in the actor's scope (region, municipality, their school, their curated schools).</summary>
    public IQueryable<School> VisibleSchools(SupportActor actor) => new RegistryQueries(db, actor.Scope).ScopedSchools();

    /// <summary>The id of the school with <paramref name="code"/> if the actor sees it, else null (not found).</summary>
    public async Task<int?> VisibleSchoolIdAsync(SupportActor actor, string code, CancellationToken cancellationToken = default) =>
        await VisibleSchools(actor).Where(s => s.Code == code).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> SeesAsync(SupportActor actor, int schoolId, CancellationToken cancellationToken = default) =>
        await VisibleSchools(actor).AnyAsync(s => s.Id == schoolId, cancellationToken);
}
