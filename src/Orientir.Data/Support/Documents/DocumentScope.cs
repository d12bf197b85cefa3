using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>Finding a document only through the actor's scope, and the shared wording of refusals.</summary>
internal static class DocumentScope
{
    public const string OnlyLeaderWrites = "Документы школы пишет и отмечает её руководитель.";
    public const string OnlyCuratorReviews = "Документ проверяет куратор, назначенный школе.";

    /// <summary>The tracked document if it exists and the actor sees its school; otherwise null, read as not found.</summary>
    public static async Task<SupportDocument?> FindAsync(OrientirDbContext db, SupportActor actor, int id, CancellationToken cancellationToken)
    {
        var document = await db.SupportDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document is not null && await new SupportAccess(db).SeesAsync(actor, document.SchoolId, cancellationToken) ? document : null;
    }

    public static void Audit(OrientirDbContext db, SupportActor actor, DateTime now, string action, string details) =>
        db.Audit.Add(new AuditEntry(now, actor.UserName, action, details));

    public static string Link(string schoolCode) => $"/support/schools/{Uri.EscapeDataString(schoolCode)}?tab=documents";

    /// <summary>Adds a notification unless the same key already reached the user (the key says what happened to what).</summary>
    public static async Task NotifyAsync(OrientirDbContext db, string userId, string key, string text, string link, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Notifications.AnyAsync(n => n.UserId == userId && n.Key == key, cancellationToken)) return;
        db.Notifications.Add(new Notification { UserId = userId, Key = key, Text = text, Link = link, CreatedAtUtc = now });
    }
}
