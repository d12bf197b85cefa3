using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Audit;

namespace Orientir.Data.Support.Monitoring;

public sealed record NotificationView(long Id, string Text, string? Link, DateTime CreatedAtUtc, bool Read);

/// <summary>An actor's own in-app notifications: only ever their own, whatever id is asked for.</summary>
public sealed class SupportNotifications(OrientirDbContext db, TimeProvider time)
{
    public const string ReadAction = "support.notification.read";
    public const string ReadAllAction = "support.notification.read-all";

    /// <summary>The newest first.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(SupportActor actor, int take = 100, CancellationToken cancellationToken = default) =>
        await db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationView(n.Id, n.Text, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken);

    public async Task<int> UnreadCountAsync(SupportActor actor, CancellationToken cancellationToken = default) =>
        actor.UserId.Length == 0 ? 0 : await db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAtUtc == null, cancellationToken);

    /// <summary>Not found for another user's notification, as for one that does not exist.</summary>
    public async Task<ScopedResult<NotificationView>> MarkReadAsync(SupportActor actor, long id, CancellationToken cancellationToken = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == actor.UserId, cancellationToken);
        if (notification is null) return ScopedResult<NotificationView>.NotFound();
        if (notification.ReadAtUtc is null)
        {
            notification.ReadAtUtc = time.GetUtcNow().UtcDateTime;
            db.Audit.Add(new AuditEntry(notification.ReadAtUtc.Value, actor.UserName, ReadAction, $"notification={id}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        return ScopedResult<NotificationView>.Ok(new NotificationView(notification.Id, notification.Text, notification.Link,
            notification.CreatedAtUtc, true));
    }

    /// <summary>The number of notifications marked read.</summary>
    public async Task<int> MarkAllReadAsync(SupportActor actor, CancellationToken cancellationToken = default)
    {
        var unread = await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAtUtc == null).ToListAsync(cancellationToken);
        if (unread.Count == 0) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var notification in unread) notification.ReadAtUtc = now;
        db.Audit.Add(new AuditEntry(now, actor.UserName, ReadAllAction, $"notifications={unread.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
