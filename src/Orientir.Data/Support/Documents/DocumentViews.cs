using Orientir.Domain.Support;

namespace Orientir.Data.Support.Documents;

/// <summary>A school's documents of a programme year, and what the school leader may still create.</summary>
public sealed record SchoolDocuments(
    string SchoolCode, int Year, bool CanWrite, IReadOnlyList<DocumentRow> Documents, IReadOnlyList<RiskRef> RisksWithoutProgramme)
{
    public bool HasConcept => Documents.Any(d => d.Kind == SupportDocumentKind.Concept);
    public bool HasMediumTerm => Documents.Any(d => d.Kind == SupportDocumentKind.MediumTermProgramme);
}

public sealed record RiskRef(string Code, string Name);

public sealed record DocumentRow(
    int Id, SupportDocumentKind Kind, string Title, string? RiskFactorCode, string? RiskName, DocumentStatus Status, int Version,
    int MeasuresTotal, int MeasuresDone, int MeasuresOverdue, int IndicatorsTotal, int IndicatorsOnTrack, DateTime UpdatedAtUtc);

/// <summary>One document with everything on it, and what the actor may do with it.</summary>
public sealed record DocumentDetail(
    int Id, string SchoolCode, string SchoolName, int Year, SupportDocumentKind Kind, string? RiskFactorCode, string? RiskName,
    string Title, string Goal, string Tasks, string Body, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    DocumentStatus Status, int Version, DateTime UpdatedAtUtc, string UpdatedBy,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<RiskStudentView> Students,
    IReadOnlyList<VersionView> Versions, string? FixComment, bool CanEdit, bool CanReview, bool CanMarkProgress);

public sealed record MeasureView(int Id, string Title, DateOnly Deadline, string Responsible, MeasureStatus Status, DateTime? DoneAtUtc, string? Note);

public sealed record IndicatorView(
    int Id, string Name, string? SystemCode, string Unit, bool HigherIsBetter, double Baseline, double Target,
    double? Measured, int? MeasuredYear, DateTime? MeasuredAtUtc, bool OnTrack);

public sealed record RiskStudentView(int Id, string Code, string Route, string? Progress);

public sealed record VersionView(
    int Number, string SubmittedBy, DateTime SubmittedAtUtc, DocumentDecision? Decision, string? Comment, string? ReviewedBy, DateTime? ReviewedAtUtc);

/// <summary>What a submitted version keeps: the document as the curator saw it.</summary>
public sealed record DocumentSnapshot(
    SupportDocumentKind Kind, string? RiskFactorCode, string Title, string Goal, string Tasks, string Body, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<RiskStudentView> Students);
