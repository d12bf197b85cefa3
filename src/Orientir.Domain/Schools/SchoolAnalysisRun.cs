namespace Orientir.Domain.Schools;

/// <summary>
/// The published school lists of a year: one computation of the school analytics under one methodology version.
/// The newest run of a year is the one in force; earlier runs stay as history.
/// </summary>
public sealed class SchoolAnalysisRun
{
    public SchoolAnalysisRun(int year, int methodologyVersionId, string createdBy, DateTime createdAtUtc, string summaryJson)
    {
        Year = year;
        MethodologyVersionId = methodologyVersionId;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
        SummaryJson = summaryJson;
    }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int MethodologyVersionId { get; private set; }
    public MethodologyVersion? MethodologyVersion { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>What holds for the whole region: the index weights, the models' fits, the cut-offs (JSON).</summary>
    public string SummaryJson { get; private set; }
}
