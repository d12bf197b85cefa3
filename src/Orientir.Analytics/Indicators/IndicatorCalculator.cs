namespace Orientir.Analytics.Indicators;

/// <summary>The indicators of domain.md §4.1, computed from packed works (no I/O).</summary>
public static class IndicatorCalculator
{
    /// <summary>One pass over the works: statistics per school id.</summary>
    public static IReadOnlyDictionary<int, ResultStats> BySchool(ProcedureWorks works) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");

    /// <summary>The sum of several groups' statistics (a municipality of schools, the region of municipalities).</summary>
    public static ResultStats Sum(ProcedureDesign design, IEnumerable<ResultStats> groups) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");

    public static ProcedureIndicators Indicators(ProcedureDesign design, ResultStats stats, IndicatorSettings settings) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");

    /// <summary>The share of "2" year by year, with its change and the negative-dynamics flag.</summary>
    public static IReadOnlyList<DynamicsPoint> Dynamics(IEnumerable<(ProcedureDesign Design, ProcedureIndicators Indicators)> series, IndicatorSettings settings) =>
        throw new NotImplementedException("Contract: filled in by the indicators work.");
}
