namespace Orientir.Domain.Staff;

/// <summary>Where a measurement of a teacher comes from.</summary>
public enum MeasurementSource
{
    /// <summary>A competence score in a diagnostic of professional deficits.</summary>
    Diagnostic,
    /// <summary>A skill's success of the teacher's students against comparable classes.</summary>
    Results,
}

/// <summary>
/// One measurement of a teacher in a year: a competence in a diagnostic, or a skill (content element) in the results of
/// the teacher's classes. Every measurement is kept, deficit or not, so that a later one can say whether a deficit
/// closed. Recomputed from the data by the deficit calculation (docs/methodology.md §6); the evidence holds the numbers.
/// </summary>
public sealed class TeacherMeasurement
{
    public long Id { get; set; }
    public int TeacherId { get; set; }
    public int Year { get; set; }
    public MeasurementSource Source { get; set; }
    /// <summary>The competence code (diagnostics) or the skill code (results).</summary>
    public string Code { get; set; } = "";
    /// <summary>The subject of a results measurement; the diagnostic's subject if it has one, else empty.</summary>
    public string Subject { get; set; } = "";
    /// <summary>The diagnostic procedure or the assessment procedure the measurement comes from.</summary>
    public string ProcedureCode { get; set; } = "";
    /// <summary>The teacher's value, percent: the competence score, or the students' success on the skill.</summary>
    public double Value { get; set; }
    /// <summary>What the value is compared with, percent: the deficit level, or the comparable classes' success.</summary>
    public double Reference { get; set; }
    public bool IsDeficit { get; set; }
    /// <summary>The works of the teacher's students behind a results measurement; 0 for diagnostics.</summary>
    public int Works { get; set; }
    /// <summary>The numbers that decided it: a JSON list of {Key, Value}, the shape of all evidence in Orientir (Data's EvidenceJson).</summary>
    public string EvidenceJson { get; set; } = "[]";
    public int MethodologyVersionId { get; set; }
    public DateTime ComputedAtUtc { get; set; }
}
