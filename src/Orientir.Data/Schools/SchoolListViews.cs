using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;

namespace Orientir.Data.Schools;

/// <summary>A published run of the school analytics: its year and the methodology version it used.</summary>
public sealed record SchoolAnalysisRunInfo(int Id, int Year, int MethodologyNumber, string CreatedBy, DateTime CreatedAtUtc, string SummaryJson);

/// <summary>The sections of a school's evidence, each a list of numbers (docs/methodology.md names every key).</summary>
public static class EvidenceSections
{
    public const string Context = "context";
    public const string Performance = "performance";
    public const string Growth = "growth";
    public const string LowResults = "lowResults";
    public const string Resilience = "resilience";
    public const string Objectivity = "objectivity";
}

/// <summary>One school in a run, as every list shows it.</summary>
public sealed record SchoolAnalysisRow(
    string Code, string Name, string MunicipalityCode, string MunicipalityName, SchoolType Type,
    double? ContextIndex, double? ContextPercentile, string? Cluster, bool Unfavourable,
    int LevelWorks, double? LevelEffect, double? LevelLower, double? LevelUpper,
    int GrowthWorks, double? GrowthEffect, double? GrowthLower, double? GrowthUpper,
    double? LowResultsComposite, bool LowResults, bool Resilient,
    bool NonObjective, int MarkedProcedures, int Markers,
    IReadOnlyDictionary<string, IReadOnlyList<Evidence>> Evidence);

/// <summary>One sign of non-objectivity of a school in a procedure, raised or only checked.</summary>
public sealed record MarkerRow(string SchoolCode, string ProcedureCode, string Kind, double Statistic, bool Raised, IReadOnlyList<Evidence> Evidence);

/// <summary>A school's analytics of a year: its row, the markers of its procedures, and the run they come from.</summary>
public sealed record SchoolAnalysisDetail(SchoolAnalysisRunInfo Run, SchoolAnalysisRow School, IReadOnlyList<MarkerRow> Markers);
