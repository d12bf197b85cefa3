namespace Orientir.Domain.Support;

/// <summary>Where a list stands: a draft is edited; an approved list is frozen, and a change needs a new revision.</summary>
public enum TargetListStatus { Draft, Approved }

/// <summary>Why a school is on a target list: which analytics list put it there, or a hand edit with a reason.</summary>
public enum TargetBasis { LowResults, Unfavourable, LowResultsAndUnfavourable, Manual }

/// <summary>
/// One revision of a year's list of target schools («500+»), formed from the ШНОР / ШНСУ lists of one published
/// analysis run. Approval freezes it; a later change is a new revision copied from it, so every revision stays as
/// history. The list in force for a year is its newest approved revision. It also carries the dates of the
/// programme's three monitoring stages.
/// </summary>
public sealed class TargetList
{
    public int Id { get; set; }
    public int Year { get; set; }
    /// <summary>1, 2, … within the year.</summary>
    public int Revision { get; set; }
    /// <summary>The published analysis run whose lists the revision started from.</summary>
    public int SourceRunId { get; set; }
    public int MethodologyVersion { get; set; }
    public TargetListStatus Status { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    public DateOnly EntryStageDate { get; set; }
    public DateOnly InterimStageDate { get; set; }
    public DateOnly FinalStageDate { get; set; }
}

/// <summary>
/// A school on a revision. A school removed by hand stays as a row with <see cref="Included"/> false and the reason,
/// so the list shows who was taken off and why.
/// </summary>
public sealed class TargetListSchool
{
    public long Id { get; set; }
    public int TargetListId { get; set; }
    public int SchoolId { get; set; }
    public TargetBasis Basis { get; set; }
    public bool Included { get; set; } = true;
    /// <summary>Required for a hand addition or removal.</summary>
    public string? Reason { get; set; }
}

/// <summary>One change of a list: created, school added or removed (with the reason), approved, new revision.</summary>
public sealed class TargetListChange
{
    public long Id { get; set; }
    public int TargetListId { get; set; }
    public int? SchoolId { get; set; }
    public string Action { get; set; } = "";
    public string? Reason { get; set; }
    public string User { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
