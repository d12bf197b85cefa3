using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Audit;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>Assigns and unassigns a school's curator (one at a time, history kept); managers only.</summary>
public sealed class CuratorCommands(OrientirDbContext db, TimeProvider time)
{
    /// <summary>Makes the curator account <paramref name="curator"/> (user id or email) the school's curator and tells them.</summary>
    public async Task<ScopedResult<CuratorPeriod>> AssignAsync(SupportActor actor, string schoolCode, string curator, string? reason,
        CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<CuratorPeriod>.Forbidden(TargetListRules.NotManager);
        var school = await new SupportAccess(db).VisibleSchools(actor).Where(s => s.Code == schoolCode)
            .Select(s => new { s.Id, s.Code, s.Name }).SingleOrDefaultAsync(cancellationToken);
        if (school is null) return ScopedResult<CuratorPeriod>.NotFound();
        if (reason is { Length: > 2000 }) return ScopedResult<CuratorPeriod>.Invalid("Причина: не длиннее 2000 символов.");
        var account = await CuratorAccountAsync(curator.Trim(), cancellationToken);
        if (account is null) return ScopedResult<CuratorPeriod>.Invalid($"Куратор: учётная запись куратора «{curator}» не найдена.");

        var now = time.GetUtcNow().UtcDateTime;
        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (await CuratorScope.AssignAsync(db, school.Id, account.Id, actor.UserName, note, now, cancellationToken))
        {
            db.Audit.Add(new AuditEntry(now, actor.UserName, "support.curator.assign",
                $"school={school.Code} curator={account.Email}" + (note is null ? "" : $" reason={note}")));
            db.Notifications.Add(new Notification
            {
                UserId = account.Id, CreatedAtUtc = now, Key = $"curator-assigned:{school.Id}:{now.Ticks}",
                Text = $"Вам назначена школа адресной поддержки: {school.Name} ({school.Code})",
                Link = $"/support/schools/{Uri.EscapeDataString(school.Code)}",
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        var current = await db.CuratorAssignments.AsNoTracking().Where(a => a.SchoolId == school.Id && a.ToUtc == null).SingleAsync(cancellationToken);
        return ScopedResult<CuratorPeriod>.Ok(new CuratorPeriod(account.Id, account.Name, current.FromUtc, null, current.AssignedBy, current.Reason));
    }

    public async Task<ScopedResult<string>> UnassignAsync(SupportActor actor, string schoolCode, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<string>.Forbidden(TargetListRules.NotManager);
        var schoolId = await new SupportAccess(db).VisibleSchoolIdAsync(actor, schoolCode, cancellationToken);
        if (schoolId is null) return ScopedResult<string>.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var closed = await CuratorScope.UnassignAsync(db, schoolId.Value, now, cancellationToken);
        if (closed is null) return ScopedResult<string>.Invalid("Куратор: у школы нет куратора.");
        db.Audit.Add(new AuditEntry(now, actor.UserName, "support.curator.unassign", $"school={schoolCode} curator={closed}"));
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<string>.Ok(closed);
    }

    private async Task<Account?> CuratorAccountAsync(string idOrEmail, CancellationToken cancellationToken)
    {
        var normalized = idOrEmail.ToUpperInvariant();
        var found = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Curator && (user.Id == idOrEmail || user.NormalizedEmail == normalized)
                select new { user.Id, user.Email, user.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new Account(found.Id, found.Email ?? found.Id, string.IsNullOrWhiteSpace(found.DisplayName) ? found.Email ?? found.Id : found.DisplayName);
    }

    private sealed record Account(string Id, string Email, string Name);
}
