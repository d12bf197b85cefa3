namespace Orientir.Domain.Support;

/// <summary>
/// A period during which a curator supports a school. A school has one curator at a time: reassignment closes the
/// open period (<see cref="ToUtc"/>) and opens a new one, so the history of who curated a school stays.
/// </summary>
public sealed class CuratorAssignment
{
    public long Id { get; set; }
    public int SchoolId { get; set; }
    public string CuratorUserId { get; set; } = "";
    public DateTime FromUtc { get; set; }
    public DateTime? ToUtc { get; set; }
    public string AssignedBy { get; set; } = "";
    public string? Reason { get; set; }
}
