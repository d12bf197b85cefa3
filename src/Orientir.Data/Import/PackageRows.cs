using Orientir.Domain.Registry;
using Orientir.Domain.Results;
using Orientir.Domain.Staff;

namespace Orientir.Data.Import;

// The parsed rows of the small files of a package. Results files are never held in memory: they are streamed
// once to check them and once more to store them.

internal sealed record MunicipalityRow(int Line, string Code, string Name);

internal sealed record SchoolRow(int Line, string Code, string MunicipalityCode, string Name, SchoolType Type,
    Locality Locality, int? Students, SocialPassport Passport);

internal sealed record ProcedureRow(int Line, string Code, ProcedureKind Kind, string Subject, int Grade, int Year,
    int MaxScore, MarkThresholds? Thresholds, int? MinScore);

internal sealed record TaskRow(int Line, string Label, int MaxScore, TaskLevel Level, string[] Skills)
{
    public bool SameAs(TaskRow other) =>
        Label == other.Label && MaxScore == other.MaxScore && Level == other.Level && Skills.SequenceEqual(other.Skills);
}

internal sealed record TeacherRow(int Line, string Code, string SchoolCode, string Subjects, int ExperienceYears,
    TeacherCategory Category);

internal sealed record TeacherClassRow(int Line, string TeacherCode, string SchoolCode, string ClassLabel, string Subject, int Year);

internal sealed record TeacherDiagnosticRow(int Line, string TeacherCode, string Procedure, int Year, string Competence,
    double Score, double MaxScore);

/// <summary>The small files of a package as read; a file that is absent or unchanged leaves its part null.</summary>
internal sealed class PackageContent
{
    // Every code a file names, even on a bad row, so that a bad row does not make references to it fail too.
    public HashSet<string> MunicipalityCodes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> SchoolCodes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ProcedureCodes { get; } = new(StringComparer.Ordinal);

    public List<MunicipalityRow>? Municipalities { get; set; }
    public List<SchoolRow>? Schools { get; set; }
    public List<ProcedureRow>? Procedures { get; set; }
    /// <summary>The <c>max_score</c> header of procedures.csv as written, for errors found after reading.</summary>
    public string ProceduresMaxHeader { get; set; } = "max_score";
    /// <summary>Each procedure's tasks in file order: the order is the position in the works' packed scores.</summary>
    public Dictionary<string, List<TaskRow>>? Tasks { get; set; }
    public string TasksProcedureHeader { get; set; } = "procedure_code";
    public string TasksMaxHeader { get; set; } = "max_score";
    public HashSet<string> TeacherCodes { get; } = new(StringComparer.Ordinal);
    public List<TeacherRow>? Teachers { get; set; }
    public List<TeacherClassRow>? TeacherClasses { get; set; }
    public List<TeacherDiagnosticRow>? TeacherDiagnostics { get; set; }
    public List<SchoolResultRow>? SchoolResults { get; set; }
    /// <summary>Competence codes of the diagnostics that the database does not know yet: added with the code as name.</summary>
    public SortedSet<string> NewCompetences { get; } = new(StringComparer.Ordinal);
    /// <summary>Procedures with a bad task row: their sums are not checked, the row's error says enough.</summary>
    public HashSet<string> ProceduresWithBadTasks { get; } = new(StringComparer.Ordinal);
}
