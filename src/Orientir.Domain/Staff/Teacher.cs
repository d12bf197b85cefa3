namespace Orientir.Domain.Staff;

/// <summary>The qualification category of a teacher (квалификационная категория).</summary>
public enum TeacherCategory
{
    /// <summary>Без категории.</summary>
    None,
    /// <summary>Соответствие занимаемой должности.</summary>
    Conformity,
    /// <summary>Первая.</summary>
    First,
    /// <summary>Высшая.</summary>
    Highest,
}

/// <summary>
/// A teacher, known only by a pseudonymous code (teachers.csv). The school is where the teacher works now; the classes
/// the teacher taught in a year are <see cref="TeacherClass"/> rows, which link the teacher to the students' results.
/// </summary>
public sealed class Teacher
{
    public int Id { get; set; }
    /// <summary>Pseudonymous id, stable across years, e.g. <c>T00012345</c>; never a name.</summary>
    public string Code { get; set; } = "";
    public int SchoolId { get; set; }
    /// <summary>Subject codes as in procedures.csv, separated by <c>|</c> (e.g. <c>RU|MA</c>).</summary>
    public string Subjects { get; set; } = "";
    public int ExperienceYears { get; set; }
    public TeacherCategory Category { get; set; }
    public long ImportBatchId { get; set; }

    public IReadOnlyList<string> SubjectList => Subjects.Split('|', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A class a teacher taught a subject in, in a year (teacher_classes.csv): the link to the class's works.</summary>
public sealed class TeacherClass
{
    public long Id { get; set; }
    public int TeacherId { get; set; }
    public int SchoolId { get; set; }
    /// <summary>As in the results files' <c>class</c> column, e.g. <c>4А</c>.</summary>
    public string ClassLabel { get; set; } = "";
    public string Subject { get; set; } = "";
    public int Year { get; set; }
    public long ImportBatchId { get; set; }
}

/// <summary>One competence score of a teacher in a diagnostic of professional deficits (teacher_diagnostics.csv).</summary>
public sealed class TeacherDiagnostic
{
    public long Id { get; set; }
    public int TeacherId { get; set; }
    /// <summary>The diagnostic procedure's code, e.g. <c>DIAG-2025-MA</c>.</summary>
    public string Procedure { get; set; } = "";
    public int Year { get; set; }
    public string CompetenceCode { get; set; } = "";
    public double Score { get; set; }
    public double MaxScore { get; set; }
    public long ImportBatchId { get; set; }

    public double Percent => MaxScore > 0 ? 100 * Score / MaxScore : 0;
}

/// <summary>A professional competence diagnosed in teachers (reference data, editable by a methodologist).</summary>
public sealed class Competence
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}
