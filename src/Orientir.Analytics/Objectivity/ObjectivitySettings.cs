using Orientir.Domain.Results;

namespace Orientir.Analytics.Objectivity;

/// <summary>How a school with markers gets on the list of schools with signs of non-objective results.</summary>
public enum ObjectivityListingRule
{
    /// <summary>Markers in at least <see cref="ObjectivitySettings.MinimumProceduresWithMarkers"/> procedures of the year (the federal practice).</summary>
    ProceduresWithMarkers,
    /// <summary>At least <see cref="ObjectivitySettings.MinimumRaisedMarkers"/> raised markers over the year's procedures.</summary>
    RaisedMarkers,
}

/// <summary>
/// Signs of non-objective results: each marker's statistic and threshold, and the rule that lists a school. A marker's
/// statistic is a z against the region: the school's deviation from the region's median school divided by its
/// sampling error combined with the honest spread between schools (docs/methodology.md §4.4).
/// </summary>
public sealed record ObjectivitySettings
{
    /// <summary>Procedure kinds whose results are judged (ВПР and РПР: written and marked in the school).</summary>
    public IReadOnlyList<ProcedureKind> JudgedKinds { get; init; } = [ProcedureKind.Vpr, ProcedureKind.Rpr];

    /// <summary>Procedure kinds that confirm a judged result independently (state exams, marked outside the school).</summary>
    public IReadOnlyList<ProcedureKind> IndependentKinds { get; init; } = [ProcedureKind.Oge, ProcedureKind.Ege];

    /// <summary>Codes of further procedures that count as independent and are not judged (e.g. a РПР written under observers).</summary>
    public IReadOnlyList<string> IndependentProcedureCodes { get; init; } = [];

    /// <summary>A school × procedure with fewer works (and never fewer than 2) is not judged: too few works for any of the tests. Marker (d) also needs this many works with a journal mark.</summary>
    public int MinimumWorks { get; init; } = 10;

    /// <summary>(a) The marker is raised when the gap's z reaches this value (one-sided p ≈ 0.001).</summary>
    public double UnconfirmedZ { get; init; } = 3.0;
    /// <summary>(a) …and the gap between the judged and the independent standardised means is at least this (region SD units).</summary>
    public double UnconfirmedMinimumGap { get; init; } = 0.3;
    /// <summary>(a) …and the school's judged standardised mean is at least this (a high result: above the region's mean).</summary>
    public double UnconfirmedMinimumResult { get; init; } = 0.0;
    /// <summary>(a) Independent results of fewer works than this are not used.</summary>
    public int UnconfirmedMinimumIndependentWorks { get; init; } = 5;
    /// <summary>(a) Use the same students' results in the next grade's judged procedure of the next year when loaded.</summary>
    public bool UseNextYearOfSameStudents { get; init; } = true;

    /// <summary>(b) The marker is raised when the z of (hard-task logit deviation − basic-task logit deviation) reaches this.</summary>
    public double HardTasksZ { get; init; } = 3.0;
    /// <summary>(b) …and the difference of the mean logit deviations is at least this.</summary>
    public double HardTasksMinimumLogitGap { get; init; } = 0.5;

    /// <summary>(c) Scores from this many points below a mark threshold up to the threshold form its window.</summary>
    public int BunchingWindow { get; init; } = 3;
    /// <summary>(c) Bandwidth in points of the Gaussian kernel that smooths the region's score distribution.</summary>
    public double BunchingBandwidth { get; init; } = 1.5;
    /// <summary>(c) The marker is raised when the z of the excess share at the thresholds reaches this.</summary>
    public double BunchingZ { get; init; } = 3.0;
    /// <summary>(c) …and the share of window works at the thresholds exceeds the expected share by at least this.</summary>
    public double BunchingMinimumExcess { get; init; } = 0.08;

    /// <summary>(d) The marker is raised when the z of the share of works marked above the journal (повысили) reaches this.</summary>
    public double JournalZ { get; init; } = 3.0;
    /// <summary>(d) …and that share exceeds the region's by at least this.</summary>
    public double JournalMinimumExcess { get; init; } = 0.15;
    /// <summary>(d) Also raise the marker for a lenient journal (понизили far above the region). Off: lenient journals alone are no sign of inflated results.</summary>
    public bool LenientJournalIsSign { get; init; }

    /// <summary>(e) A work whose lz person-fit statistic is below this misfits (one-sided 5 %).</summary>
    public double PersonFitCut { get; init; } = -1.645;
    /// <summary>(e) The marker is raised when the z of the school's share of misfitting works reaches this.</summary>
    public double PersonFitZ { get; init; } = 3.0;
    /// <summary>(e) …and that share exceeds the region's by at least this.</summary>
    public double PersonFitMinimumExcess { get; init; } = 0.10;

    /// <summary>The rule that puts a school on the list.</summary>
    public ObjectivityListingRule ListingRule { get; init; } = ObjectivityListingRule.ProceduresWithMarkers;
    /// <summary>Procedures with at least one raised marker that list a school (<see cref="ObjectivityListingRule.ProceduresWithMarkers"/>).</summary>
    public int MinimumProceduresWithMarkers { get; init; } = 2;
    /// <summary>Raised markers that list a school (<see cref="ObjectivityListingRule.RaisedMarkers"/>).</summary>
    public int MinimumRaisedMarkers { get; init; } = 3;

    public static ObjectivitySettings Default { get; } = new();
}
