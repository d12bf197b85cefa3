using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Access;

namespace Orientir.Data.Support;

/// <summary>An account that hears about a school's support, and the school it hears about.</summary>
public sealed record SchoolRecipient(string UserId, int SchoolId);

/// <summary>
/// Who is told about a school's programme: its leaders (school leader accounts bound to it) and its current curator
/// (the open assignment). One place for the lists' approval, the documents' review and the daily job.
/// </summary>
public static class SupportRecipients
{
    public static async Task<IReadOnlyList<SchoolRecipient>> LeadersAsync(OrientirDbContext db, IReadOnlyCollection<int> schoolIds,
        CancellationToken cancellationToken = default)
    {
        if (schoolIds.Count == 0) return [];
        var ids = schoolIds.ToList();
        var leaders = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.SchoolLeader && user.SchoolId != null && ids.Contains(user.SchoolId.Value)
                select new { user.Id, SchoolId = user.SchoolId!.Value })
            .ToListAsync(cancellationToken);
        return leaders.Select(l => new SchoolRecipient(l.Id, l.SchoolId)).Distinct().ToList();
    }

    public static async Task<IReadOnlyList<SchoolRecipient>> CuratorsAsync(OrientirDbContext db, IReadOnlyCollection<int> schoolIds,
        CancellationToken cancellationToken = default)
    {
        if (schoolIds.Count == 0) return [];
        var ids = schoolIds.ToList();
        var curators = await db.CuratorAssignments.AsNoTracking().Where(a => a.ToUtc == null && ids.Contains(a.SchoolId))
            .Select(a => new { a.CuratorUserId, a.SchoolId }).ToListAsync(cancellationToken);
        return curators.Select(c => new SchoolRecipient(c.CuratorUserId, c.SchoolId)).Distinct().ToList();
    }
}
