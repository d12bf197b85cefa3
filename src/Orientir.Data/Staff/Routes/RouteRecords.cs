using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Routes;

/// <summary>What a route command changed: the route, its status and how many steps it has.</summary>
public sealed record RouteSaved(int Id, string TeacherCode, int Year, RouteStatus Status, int Steps);

/// <summary>
/// One step of a route as a manager's edit sends it: an existing step (by <see cref="Id"/>) keeps its mentor, host school
/// and completion, and its programme unless another is given (or the step is no longer a course); a step without an id
/// is added; null <see cref="DeficitCodes"/> keeps an existing step's codes. Steps of the route not sent are removed.
/// </summary>
public sealed record RouteStepInput(long? Id, RouteStepKind Kind, string? Title, DateOnly Deadline, int? CourseProgrammeId = null,
    string? DeficitCodes = null);

/// <summary>A teacher's routes, newest first, with what the actor may do with them.</summary>
public sealed record TeacherRoutes(int TeacherId, string TeacherCode, int SchoolId, string SchoolName, bool CanPropose, bool CanManage,
    bool IsSelf, IReadOnlyList<RouteDetail> Routes)
{
    /// <summary>The open (proposed or approved) route, else the newest one.</summary>
    public RouteDetail? Current => Routes.FirstOrDefault(r => r.Status != RouteStatus.Completed) ?? Routes.FirstOrDefault();

    public bool HasOpenRoute => Routes.Any(r => r.Status != RouteStatus.Completed);
}

public sealed record RouteDetail(int Id, int Year, RouteStatus Status, DateTime CreatedAtUtc, string CreatedBy, DateTime? ApprovedAtUtc,
    string? ApprovedBy, DateTime? CompletedAtUtc, IReadOnlyList<RouteDeficitRow> Deficits, IReadOnlyList<RouteStepRow> Steps)
{
    public int StepsDone => Steps.Count(s => s.Status == RouteStepStatus.Done);

    public int DeficitsClosed => Deficits.Count(d => d.Outcome == DeficitOutcome.Closed);
}

/// <summary>A deficit's baseline and its re-measurement (<see cref="Remeasurement"/>): the newest later value, if any.</summary>
public sealed record RouteDeficitRow(long Id, MeasurementSource Source, string Code, string Name, string Subject, int Year, double Value,
    double Reference, DeficitOutcome Outcome, int? LaterYear, double? LaterValue, double? LaterReference);

public sealed record RouteStepRow(long Id, int Order, RouteStepKind Kind, string Title, IReadOnlyList<string> DeficitCodes, DateOnly Deadline,
    RouteStepStatus Status, DateTime? CompletedAtUtc, string? CompletedBy, string? Evidence, RouteProgramme? Programme, RouteMentor? Mentor,
    string? HostSchoolName);

public sealed record RouteProgramme(int Id, string Title, string Provider, int Hours, string? RegistryNumber);

public sealed record RouteMentor(int Id, string Code, string SchoolName);

/// <summary>A route on the list page: whose, where, how far along.</summary>
public sealed record RouteListRow(int Id, string TeacherCode, string SchoolCode, string SchoolName, int Year, RouteStatus Status,
    DateTime CreatedAtUtc, int StepsDone, int Steps, int DeficitsClosed, int Deficits);
