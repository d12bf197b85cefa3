namespace Orientir.Data.Support.Documents;

/// <summary>
/// The whole structured content of a document as the school leader edits it. Numbers and dates arrive as text, so that
/// a wrong one is refused with a message naming the row and the field rather than failing to bind.
/// </summary>
public sealed record DocumentInput(
    string? Title, string? Goal, string? Tasks, string? Body, string? PeriodFrom, string? PeriodTo,
    IReadOnlyList<MeasureInput>? Measures, IReadOnlyList<IndicatorInput>? Indicators, IReadOnlyList<RiskStudentInput>? Students);

/// <summary>A measure row; <see cref="Id"/> of an existing measure keeps its status and note.</summary>
public sealed record MeasureInput(int? Id, string? Title, string? Deadline, string? Responsible);

/// <summary>
/// An indicator row: either a system indicator (<see cref="SystemCode"/>; name, unit and direction come from it and an
/// empty baseline defaults to the school's value in the programme year) or a free one typed by the school.
/// </summary>
public sealed record IndicatorInput(int? Id, string? Name, string? Unit, bool HigherIsBetter, string? Baseline, string? Target, string? SystemCode);

/// <summary>A student at risk: a pseudonymous participant code of the school's works, never a name, and the individual route.</summary>
public sealed record RiskStudentInput(string? Code, string? Route);

public sealed record CreateDocumentInput(int Year, string Kind, string? RiskFactorCode);

public sealed record ReviewInput(string Decision, string? Comment);

public sealed record MeasureProgressInput(bool Done, string? Note);

public sealed record IndicatorMeasureInput(string? Measured);
