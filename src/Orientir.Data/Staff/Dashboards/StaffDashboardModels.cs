using System.Text.Json.Serialization;
using Orientir.Analytics.Schools;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Dashboards;

/// <summary>What a summary covers: the region, one municipality, or a set of schools (a leader's, a curator's).</summary>
public enum StaffScopeKind { Region, Municipality, Schools }

/// <summary>A teacher's part in mentoring: a mentor of an active group, a mentee in one, or neither.</summary>
public enum MentoringRole { None, Mentor, Mentee }

/// <summary>
/// The figures of a set of teachers in a year. Routes and their deficits are the routes of that year; a route deficit is
/// closed, persisting or not yet measured by <see cref="Remeasurement"/>; a young teacher has less experience than the
/// methodology's YoungTeacherYears and is covered when a mentee in an active mentoring group.
/// </summary>
public sealed record StaffFigures(
    int Teachers, int TeachersMeasured, int TeachersWithDeficit,
    int RoutesProposed, int RoutesApproved, int RoutesCompleted, int StepsDone, int StepsTotal,
    int DeficitsClosed, int DeficitsPersisting, int DeficitsNotMeasured,
    int YoungTeachers, int YoungMentees)
{
    public int Routes => RoutesProposed + RoutesApproved + RoutesCompleted;

    /// <summary>Young teachers in mentoring, % of young teachers; null when there are none.</summary>
    public double? MentoringCoverage => YoungTeachers == 0 ? null : Math.Round(100.0 * YoungMentees / YoungTeachers, 1);

    /// <summary>Teachers with a deficit, % of measured teachers; null when none is measured.</summary>
    public double? DeficitShare => TeachersMeasured == 0 ? null : Math.Round(100.0 * TeachersWithDeficit / TeachersMeasured, 1);
}

/// <summary>A competence of the diagnostics: teachers measured on it in the year and those with a deficit.</summary>
public sealed record CompetenceDeficits(string Code, string Name, int TeachersMeasured, int TeachersWithDeficit)
{
    public double Share => TeachersMeasured == 0 ? 0 : Math.Round(100.0 * TeachersWithDeficit / TeachersMeasured, 1);
}

/// <summary>A skill of a subject measured on pupils' results: teachers measured and those with a deficit.</summary>
public sealed record SkillDeficits(string Subject, string Code, int TeachersMeasured, int TeachersWithDeficit);

/// <summary>One municipality (region view) or one school (municipality view) with its figures.</summary>
public sealed record StaffUnit(string Code, string Name, StaffFigures Figures);

public sealed record StaffSummary(
    int Year, IReadOnlyList<int> Years, StaffScopeKind Kind, string? Code, string Name,
    StaffFigures Figures, IReadOnlyList<CompetenceDeficits> ByCompetence, IReadOnlyList<SkillDeficits> BySkill,
    IReadOnlyList<StaffUnit> Units);

public sealed record SchoolTeacherRow(
    string Code, IReadOnlyList<string> Subjects, int ExperienceYears, TeacherCategory Category, bool Young,
    IReadOnlyList<string> DeficitCodes, RouteStatus? RouteStatus, int? RouteYear, MentoringRole Mentoring)
{
    public int Deficits => DeficitCodes.Count;
}

public sealed record SchoolTeachers(
    string SchoolCode, string SchoolName, string MunicipalityCode, string MunicipalityName, int Year, IReadOnlyList<int> Years,
    IReadOnlyList<SchoolTeacherRow> Teachers);

public sealed record TeacherClassRow(int Year, string ClassLabel, string Subject);

public sealed record TeacherDiagnosticRow(int Year, string Procedure, string CompetenceCode, string CompetenceName, double Score,
    double MaxScore, double Percent);

/// <summary>A measurement with its evidence; Name is the competence's name for diagnostics, the skill code for results.</summary>
public sealed record TeacherMeasurementRow(
    MeasurementSource Source, string Code, string Name, string Subject, string ProcedureCode, double Value, double Reference,
    bool IsDeficit, int Works, IReadOnlyList<Evidence> Evidence);

/// <summary>The measurements of a year, deficits first.</summary>
public sealed record TeacherYear(int Year, IReadOnlyList<TeacherMeasurementRow> Measurements)
{
    [JsonIgnore]
    public IEnumerable<TeacherMeasurementRow> Deficits => Measurements.Where(m => m.IsDeficit);
}

public sealed record TeacherProfile(
    string Code, string SchoolCode, string SchoolName, string MunicipalityName, IReadOnlyList<string> Subjects,
    int ExperienceYears, TeacherCategory Category, bool Young, MentoringRole Mentoring,
    IReadOnlyList<TeacherYear> Years, IReadOnlyList<TeacherClassRow> Classes, IReadOnlyList<TeacherDiagnosticRow> Diagnostics)
{
    /// <summary>The newest year's measurements, or null when the teacher has none.</summary>
    [JsonIgnore]
    public TeacherYear? Latest => Years.Count == 0 ? null : Years[0];
}
