namespace Orientir.Domain.Audit;

/// <summary>A change or an export, written when it happens and never edited.</summary>
public sealed class AuditEntry
{
    public AuditEntry(DateTime atUtc, string userName, string action, string details)
    {
        AtUtc = atUtc;
        UserName = userName;
        Action = action;
        Details = details;
    }

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string UserName { get; private set; }
    /// <summary>A stable action code such as <c>import.package</c> or <c>users.add</c>.</summary>
    public string Action { get; private set; }
    public string Details { get; private set; }
}
