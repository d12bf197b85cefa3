using Orientir.Domain.Results;

namespace Orientir.Analytics.LowResults;

/// <summary>A procedure whose results enter the composite: its kind, subject and grade, and its weight.</summary>
public sealed record KeyProcedure(ProcedureKind Kind, string Subject, int Grade, double Weight = 1);

/// <summary>How the years of the rule are read.</summary>
public enum LowResultsRule
{
    /// <summary>In the bottom share of the region in each of the consecutive years (стабильно низкие результаты).</summary>
    BottomInEachYear,
    /// <summary>The mean of the composites over the consecutive years is in the bottom share (a bad year and a fair one average out).</summary>
    BottomByMeanOfYears,
    /// <summary>
    /// The school's best percentile over the consecutive years is in the bottom share: low in every one of the years,
    /// with the list as long as the share (the per-year rule lists fewer, as noise rarely puts a school low twice).
    /// </summary>
    BottomByBestOfYears,
}

/// <summary>Schools with low results (ШНОР): the composite of key results and the rule that lists a school. Defaults and sources: docs/methodology.md.</summary>
public sealed record LowResultsSettings
{
    /// <summary>The key procedures (ВПР Russian and mathematics in grades 4 and 5, ОГЭ, ЕГЭ when present).</summary>
    public IReadOnlyList<KeyProcedure> KeyProcedures { get; init; } =
    [
        new(ProcedureKind.Vpr, "RU", 4), new(ProcedureKind.Vpr, "MA", 4),
        new(ProcedureKind.Vpr, "RU", 5), new(ProcedureKind.Vpr, "MA", 5),
        new(ProcedureKind.Oge, "RU", 9), new(ProcedureKind.Oge, "MA", 9),
        new(ProcedureKind.Ege, "RU", 11), new(ProcedureKind.Ege, "MA", 11),
    ];

    /// <summary>Weight of the share of "2" (for ЕГЭ: of works below the minimum score) of a key procedure.</summary>
    public double FailShareWeight { get; init; } = 1;

    /// <summary>
    /// The share of fails enters as its empirical logit, ln((f + 0.5) / (n − f + 0.5)), before standardising: near
    /// linear in the school's mean result, where the share itself flattens at 0 for most schools.
    /// </summary>
    public bool FailShareLogit { get; init; } = true;

    /// <summary>Weight of the mean primary score in percent of the maximum of a key procedure.</summary>
    public double MeanPercentWeight { get; init; } = 1;

    /// <summary>A school's procedure enters its composite only with at least this many works.</summary>
    public int MinimumParticipants { get; init; } = 10;

    /// <summary>A school has a composite in a year only with at least this many key procedures (each gives its two components).</summary>
    public int MinimumProcedures { get; init; } = 2;

    /// <summary>The bottom share of the region's schools with a composite, each year, 0–1.</summary>
    public double BottomShare { get; init; } = 0.10;

    /// <summary>How many consecutive years, ending at the analysed year, the school must be in the bottom.</summary>
    public int ConsecutiveYears { get; init; } = 2;

    /// <summary>
    /// How the consecutive years are read. The default averages the years' composites: on the planted regions the
    /// per-year rule lists only ~7 % (noise rarely puts a school low twice) and misses a third of the truly low schools.
    /// </summary>
    public LowResultsRule Rule { get; init; } = LowResultsRule.BottomByMeanOfYears;

    /// <summary>
    /// The procedures that are independent of the school (observers, external marking): a school whose results are
    /// flagged as non-objective is judged by these alone, not passed over.
    /// </summary>
    public IReadOnlyList<ProcedureKind> IndependentKinds { get; init; } = [ProcedureKind.Oge, ProcedureKind.Ege, ProcedureKind.Rpr];

    public static LowResultsSettings Default { get; } = new();
}
