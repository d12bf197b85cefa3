using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Registry;
using Orientir.Domain.Registry;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff;

/// <summary>
/// The one place that says which teachers an actor reaches: a teacher only themself, a school leader their school's
/// teachers, a curator their schools' teachers, a municipal officer their municipality's, the region's roles everyone.
/// Every staff query and command starts here.
/// </summary>
public sealed class StaffAccess(OrientirDbContext db)
{
    public IQueryable<School> VisibleSchools(StaffActor actor) =>
        actor.IsTeacher ? db.Schools.Where(_ => false) : new RegistryQueries(db, actor.Scope).ScopedSchools();

    public IQueryable<Teacher> VisibleTeachers(StaffActor actor)
    {
        if (actor.IsTeacher)
        {
            var own = actor.TeacherId ?? -1;
            var schools = actor.Scope.SchoolIds ?? new HashSet<int>();
            return db.Teachers.Where(t => t.Id == own && schools.Contains(t.SchoolId));
        }
        var visible = VisibleSchools(actor).Select(s => s.Id);
        return db.Teachers.Where(t => visible.Contains(t.SchoolId));
    }

    /// <summary>The teacher with <paramref name="code"/> if the actor sees them, else null (not found).</summary>
    public async Task<Teacher?> VisibleTeacherAsync(StaffActor actor, string code, CancellationToken cancellationToken = default) =>
        await VisibleTeachers(actor).AsNoTracking().SingleOrDefaultAsync(t => t.Code == code, cancellationToken);

    public async Task<bool> SeesTeacherAsync(StaffActor actor, int teacherId, CancellationToken cancellationToken = default) =>
        await VisibleTeachers(actor).AnyAsync(t => t.Id == teacherId, cancellationToken);

    /// <summary>The id of the school with <paramref name="code"/> if the actor sees it, else null (not found).</summary>
    public async Task<int?> VisibleSchoolIdAsync(StaffActor actor, string code, CancellationToken cancellationToken = default) =>
        await VisibleSchools(actor).Where(s => s.Code == code).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
}
