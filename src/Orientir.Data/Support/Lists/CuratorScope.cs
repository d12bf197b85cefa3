using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>
/// Keeps a school's one open <see cref="CuratorAssignment"/> and the <see cref="CuratorSchool"/> rows (a curator's access
/// scope, read by <see cref="AccessScopeResolver"/>) equal: whoever changes a school's curator goes through here.
/// </summary>
public static class CuratorScope
{
    /// <summary>Closes the school's open period and opens one for <paramref name="curatorUserId"/>; the caller saves. False when they already curate it.</summary>
    public static async Task<bool> AssignAsync(OrientirDbContext db, int schoolId, string curatorUserId, string assignedBy, string? reason, DateTime now,
        CancellationToken cancellationToken = default)
    {
        var open = await db.CuratorAssignments.Where(a => a.SchoolId == schoolId && a.ToUtc == null).ToListAsync(cancellationToken);
        if (open.Count == 1 && open[0].CuratorUserId == curatorUserId) return false;
        var kept = await CloseAsync(db, schoolId, open, now, curatorUserId, cancellationToken);
        db.CuratorAssignments.Add(new CuratorAssignment
        {
            SchoolId = schoolId, CuratorUserId = curatorUserId, FromUtc = now, AssignedBy = assignedBy, Reason = reason,
        });
        if (!kept) db.CuratorSchools.Add(new CuratorSchool { UserId = curatorUserId, SchoolId = schoolId, AssignedAtUtc = now });
        return true;
    }

    /// <summary>Closes the school's open period; the caller saves. The curator it closed, or null when the school had none.</summary>
    public static async Task<string?> UnassignAsync(OrientirDbContext db, int schoolId, DateTime now, CancellationToken cancellationToken = default)
    {
        var open = await db.CuratorAssignments.Where(a => a.SchoolId == schoolId && a.ToUtc == null).ToListAsync(cancellationToken);
        await CloseAsync(db, schoolId, open, now, keep: null, cancellationToken);
        return open.Select(a => a.CuratorUserId).FirstOrDefault();
    }

    /// <summary>True when <paramref name="keep"/> already had the school in scope (its row stays).</summary>
    private static async Task<bool> CloseAsync(OrientirDbContext db, int schoolId, IReadOnlyList<CuratorAssignment> open, DateTime now, string? keep,
        CancellationToken cancellationToken)
    {
        foreach (var assignment in open) assignment.ToUtc = now;
        // Rows made without an assignment (by hand, or before assignments were kept) go too: a school has one curator.
        var rows = await db.CuratorSchools.Where(c => c.SchoolId == schoolId).ToListAsync(cancellationToken);
        db.CuratorSchools.RemoveRange(rows.Where(r => r.UserId != keep));
        return rows.Any(r => r.UserId == keep);
    }
}
