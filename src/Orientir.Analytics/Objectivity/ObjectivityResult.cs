using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>The signs of non-objective results (domain.md §4.3).</summary>
public enum MarkerKind
{
    /// <summary>(a) A high result not confirmed by an independent procedure.</summary>
    UnconfirmedHighResult,
    /// <summary>(b) Hard tasks done better than easy ones relative to the region.</summary>
    HardTasksBetterThanBasic,
    /// <summary>(c) Primary scores bunched at the mark thresholds.</summary>
    ThresholdBunching,
    /// <summary>(d) Assessment marks above the journal marks far more often than in the region.</summary>
    MarksAboveJournal,
    /// <summary>(e) Works whose answer pattern misfits the region's (lz person fit).</summary>
    PersonMisfit,
}

/// <summary>
/// One marker of a school in a procedure: <see cref="Statistic"/> is the z compared with the marker's threshold;
/// <see cref="Evidence"/> holds the school's and the region's numbers and the group sizes, raised or not.
/// </summary>
public sealed record ObjectivityMarker(int SchoolId, string ProcedureCode, MarkerKind Kind, double Statistic, bool Raised, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// The federal-style row of a school: the judged procedures, those with at least one raised marker, the number of
/// raised markers and whether the school is listed. <see cref="NotJudgedProcedures"/> are the year's judged
/// procedures the school wrote with fewer works than the minimum.
/// </summary>
public sealed record ObjectivitySchool(
    int SchoolId, IReadOnlyList<string> JudgedProcedures, IReadOnlyList<string> NotJudgedProcedures,
    IReadOnlyList<string> ProceduresWithMarkers, int RaisedMarkers, bool Listed)
{
    public bool Judged => JudgedProcedures.Count > 0;
}

/// <summary>Every marker of every judged school × procedure, and one row per school of the input.</summary>
public sealed record ObjectivityResult(IReadOnlyList<string> Procedures, IReadOnlyList<ObjectivityMarker> Markers, IReadOnlyList<ObjectivitySchool> Schools);
