namespace Orientir.Domain.Staff;

public enum RouteStatus
{
    /// <summary>Generated or edited, waiting for a methodologist's approval.</summary>
    Proposed,
    /// <summary>Approved: the teacher follows it.</summary>
    Approved,
    /// <summary>Every step done; the deficits wait for (or have had) re-measurement.</summary>
    Completed,
}

public enum RouteStepKind
{
    /// <summary>Курсы повышения квалификации по ДПП.</summary>
    Course,
    /// <summary>Наставничество.</summary>
    Mentoring,
    /// <summary>Стажировка.</summary>
    Internship,
    /// <summary>Методическое объединение.</summary>
    MethodicalAssociation,
    /// <summary>Мастер-класс.</summary>
    MasterClass,
    /// <summary>Самообразование.</summary>
    SelfStudy,
}

public enum RouteStepStatus { Planned, Done }

/// <summary>
/// An individual educational route (ИОМ): the plan of steps that should close a teacher's deficits. It starts as a
/// proposal generated from the deficits, a methodologist edits and approves it, the teacher marks steps done with
/// evidence, and a later measurement of the same competences and skills says whether each deficit closed.
/// </summary>
public sealed class IndividualRoute
{
    public int Id { get; set; }
    public int TeacherId { get; set; }
    /// <summary>The year of the measurements the route starts from; a deficit is re-measured in later years.</summary>
    public int Year { get; set; }
    public RouteStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? ApprovedAtUtc { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A deficit a route addresses, as it was measured when the route was made (its baseline).</summary>
public sealed class RouteDeficit
{
    public long Id { get; set; }
    public int RouteId { get; set; }
    public MeasurementSource Source { get; set; }
    public string Code { get; set; } = "";
    public string Subject { get; set; } = "";
    public int Year { get; set; }
    public double Value { get; set; }
    public double Reference { get; set; }
    /// <summary>The evidence of the measurement the route started from (a JSON list of {Key, Value}).</summary>
    public string EvidenceJson { get; set; } = "[]";
}

/// <summary>One step of a route: a course, mentoring, an internship, a methodical association, a master class or self-study.</summary>
public sealed class RouteStep
{
    public long Id { get; set; }
    public int RouteId { get; set; }
    public int Order { get; set; }
    public RouteStepKind Kind { get; set; }
    public string Title { get; set; } = "";
    public int? CourseProgrammeId { get; set; }
    public int? MentorTeacherId { get; set; }
    /// <summary>The school that hosts an internship.</summary>
    public int? HostSchoolId { get; set; }
    /// <summary>The deficit codes the step addresses, separated by <c>|</c>.</summary>
    public string DeficitCodes { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public RouteStepStatus Status { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? CompletedBy { get; set; }
    /// <summary>What shows the step was done: a certificate number, a link, a short report.</summary>
    public string? Evidence { get; set; }
}
