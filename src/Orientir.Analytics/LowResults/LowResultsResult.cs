using Orientir.Analytics.Schools;

namespace Orientir.Analytics.LowResults;

public enum ResultMeasure
{
    /// <summary>Share of "2" (ЕГЭ: of works below the minimum score), 0–1; a higher share is worse.</summary>
    FailShare,
    /// <summary>Mean primary score in percent of the maximum, 0–100.</summary>
    MeanPercent,
}

/// <summary>
/// One component of a school's composite: a key procedure's measure, its value and its z over the region's schools
/// (higher = better); <see cref="FromAggregates"/> when the procedure has no works and the value is the school's form's.
/// </summary>
public sealed record ResultComponent(string ProcedureCode, ResultMeasure Measure, double Value, double Z, int Participants, bool FromAggregates = false);

/// <summary>
/// A school's year: the composite (null when it had too few key procedures with enough participants), its rank from
/// the bottom (1 = lowest) and percentile among the region's schools with a composite, and the components it is made of.
/// </summary>
public sealed record SchoolYearResult(int Year, double? Composite, int? Rank, double? Percentile, bool InBottom, IReadOnlyList<ResultComponent> Components);

/// <summary>
/// A school's verdict: <see cref="LowResults"/> (ШНОР) by the rule, whether it was judged by independent procedures
/// only (its results are flagged as non-objective), its years and the evidence that puts it on the list (or not).
/// </summary>
public sealed record SchoolLowResults(int SchoolId, bool LowResults, bool JudgedByIndependentOnly, bool InsufficientData,
    IReadOnlyList<SchoolYearResult> Years, IReadOnlyList<Evidence> Evidence);

/// <summary>A year of the region: how many schools had a composite and the composite at or below which a school is in the bottom.</summary>
public sealed record LowResultsYear(int Year, int SchoolsRanked, double? CutOff);

public sealed record LowResultsResult(int Year, IReadOnlyList<LowResultsYear> Years, IReadOnlyList<SchoolLowResults> Schools)
{
    public SchoolLowResults Of(int schoolId) => Schools.First(s => s.SchoolId == schoolId);
}
