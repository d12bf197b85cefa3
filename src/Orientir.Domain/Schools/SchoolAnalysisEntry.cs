namespace Orientir.Domain.Schools;

/// <summary>
/// One school's place in a run: the numbers every list is read from, flattened so that lists filter and sort in
/// the database, and the evidence behind each flag (JSON).
/// </summary>
public sealed class SchoolAnalysisEntry
{
    public long Id { get; set; }
    public int RunId { get; set; }
    public int SchoolId { get; set; }

    /// <summary>ИСБШ; null when the social passport has too few shares.</summary>
    public double? ContextIndex { get; set; }
    public double? ContextPercentile { get; set; }
    public string? Cluster { get; set; }
    /// <summary>ШНСУ.</summary>
    public bool Unfavourable { get; set; }

    public int LevelWorks { get; set; }
    public double? LevelEffect { get; set; }
    public double? LevelLower { get; set; }
    public double? LevelUpper { get; set; }
    public int GrowthWorks { get; set; }
    public double? GrowthEffect { get; set; }
    public double? GrowthLower { get; set; }
    public double? GrowthUpper { get; set; }

    public double? LowResultsComposite { get; set; }
    /// <summary>ШНОР.</summary>
    public bool LowResults { get; set; }
    public bool Resilient { get; set; }
    /// <summary>On the list of schools with signs of non-objective results.</summary>
    public bool NonObjective { get; set; }
    public int MarkedProcedures { get; set; }
    public int Markers { get; set; }

    public string EvidenceJson { get; set; } = "{}";
}
