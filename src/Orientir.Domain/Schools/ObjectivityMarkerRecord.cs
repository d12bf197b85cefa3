namespace Orientir.Domain.Schools;

/// <summary>One sign of non-objectivity checked for a school in a procedure of a run, raised or not, with its evidence (JSON).</summary>
public sealed class ObjectivityMarkerRecord
{
    public long Id { get; set; }
    public int RunId { get; set; }
    public int SchoolId { get; set; }
    public string ProcedureCode { get; set; } = "";
    /// <summary>The marker's stable name, such as <c>ThresholdBunching</c> (Analytics.Objectivity.MarkerKind).</summary>
    public string Kind { get; set; } = "";
    public double Statistic { get; set; }
    public bool Raised { get; set; }
    public string EvidenceJson { get; set; } = "[]";
}
