namespace Orientir.Domain.Support;

public enum SupportDocumentKind { Concept, MediumTermProgramme, AntiRiskProgramme }

/// <summary>Draft → Submitted → Returned (to fix) or Approved. An approved document edited again becomes a draft of its next version.</summary>
public enum DocumentStatus { Draft, Submitted, Returned, Approved }

public enum MeasureStatus { Planned, Done, Overdue }

/// <summary>
/// A school's document of a programme year: концепция развития, среднесрочная программа развития or an антирисковая
/// программа of one priority risk. Structured: goal, tasks, measures, indicators, students at risk.
/// </summary>
public sealed class SupportDocument
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public SupportDocumentKind Kind { get; set; }
    /// <summary>The priority risk an anti-risk programme answers; null for the other kinds.</summary>
    public string? RiskFactorCode { get; set; }
    public string Title { get; set; } = "";
    public string Goal { get; set; } = "";
    /// <summary>One task per line.</summary>
    public string Tasks { get; set; } = "";
    /// <summary>Free text: the concept's narrative, the programme's summary.</summary>
    public string Body { get; set; } = "";
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public DocumentStatus Status { get; set; }
    /// <summary>The version being written or reviewed; submitted versions are kept as <see cref="DocumentVersion"/>.</summary>
    public int Version { get; set; } = 1;
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A measure (мероприятие) with its deadline, the person responsible and its status.</summary>
public sealed class SupportMeasure
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public string Responsible { get; set; } = "";
    public MeasureStatus Status { get; set; }
    public DateTime? DoneAtUtc { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// An indicator of a document with baseline, target and measured value. A system indicator (<see cref="SystemCode"/>)
/// is measured by Orientir from imported results and updated by every import; others are entered by the school.
/// </summary>
public sealed class ProgrammeIndicator
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public string Name { get; set; } = "";
    public string? SystemCode { get; set; }
    public string Unit { get; set; } = "";
    public bool HigherIsBetter { get; set; } = true;
    public double Baseline { get; set; }
    public double Target { get; set; }
    public double? Measured { get; set; }
    /// <summary>The results year a system indicator's value comes from.</summary>
    public int? MeasuredYear { get; set; }
    public DateTime? MeasuredAtUtc { get; set; }
}

/// <summary>A student at risk (pseudonymous participant code only) with an individual route.</summary>
public sealed class RiskStudent
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public string StudentCode { get; set; } = "";
    public string Route { get; set; } = "";
    public string? Progress { get; set; }
}

public enum DocumentDecision { Approved, Returned }

/// <summary>A submitted version: the whole document as JSON, and the curator's decision and comment on it.</summary>
public sealed class DocumentVersion
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public string ContentJson { get; set; } = "{}";
    public string SubmittedBy { get; set; } = "";
    public DateTime SubmittedAtUtc { get; set; }
    public DocumentDecision? Decision { get; set; }
    public string? Comment { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }
}
