namespace Orientir.Domain.Staff;

public enum CourseFormat
{
    /// <summary>Очная.</summary>
    InPerson,
    /// <summary>Очно-заочная (смешанная).</summary>
    Blended,
    /// <summary>Дистанционная.</summary>
    Distance,
}

/// <summary>
/// A programme of further professional education (ДПП) in the region's catalogue: what it is, who runs it, and the
/// competences and skills it addresses, which is how a route matches it to a teacher's deficits.
/// </summary>
public sealed class CourseProgramme
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Provider { get; set; } = "";
    public int Hours { get; set; }
    public CourseFormat Format { get; set; }
    /// <summary>The number in the federal registry of ДПП, when the programme is there.</summary>
    public string? RegistryNumber { get; set; }
    /// <summary>Competence and skill codes it addresses, separated by <c>|</c>.</summary>
    public string Targets { get; set; } = "";
    /// <summary>A programme taken out of the catalogue stays for the routes that used it but is no longer proposed.</summary>
    public bool IsActive { get; set; } = true;
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";

    public IReadOnlyList<string> TargetList => Targets.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
