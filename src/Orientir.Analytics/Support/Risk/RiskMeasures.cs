namespace Orientir.Analytics.Support.Risk;

/// <summary>
/// What the data says about one school in a programme year: its marked works and students with «2», its social
/// passport shares and its context-adjusted effect. A null is "no data", never zero.
/// </summary>
/// <param name="MarkedWorks">Works of the year with a mark, in all procedures.</param>
/// <param name="WorksWithTwo">Of those, works marked «2».</param>
/// <param name="Students">Students (pseudonymous student key, else participant) with at least one marked work.</param>
/// <param name="StudentsWithTwo">Of those, students with at least one «2».</param>
/// <param name="DisabilitiesShare">Passport share of students with disabilities (ОВЗ), %.</param>
/// <param name="NonNativeShare">Passport share of students for whom Russian is not native, %.</param>
/// <param name="Effect">The school's context-adjusted level effect of the published run.</param>
/// <param name="EffectUpper">The upper end of the effect's interval.</param>
public sealed record SchoolRiskMeasures(
    int SchoolId, int MarkedWorks, int WorksWithTwo, int Students, int StudentsWithTwo,
    double? DisabilitiesShare, double? NonNativeShare, double? Effect, double? EffectUpper)
{
    public double? TwosShare => MarkedWorks == 0 ? null : 100.0 * WorksWithTwo / MarkedWorks;

    public double? StudentsWithTwoShare => Students == 0 ? null : 100.0 * StudentsWithTwo / Students;
}

/// <summary>One number behind a data level; keys are listed with their Russian labels in docs/methodology.md §5.2.</summary>
public sealed record Evidence(string Key, double Value);

/// <summary>A level the data gives, with the numbers it was read from.</summary>
public sealed record DataLevel(Domain.Support.RiskLevel Level, IReadOnlyList<Evidence> Evidence);

/// <summary>The data levels of one school, one per factor the data speaks to; null where the data has nothing to say.</summary>
public sealed record SchoolDataLevels(DataLevel? StudentsAtRisk, DataLevel? Disabilities, DataLevel? LanguageBarriers, DataLevel? TeacherCompetence)
{
    public static SchoolDataLevels None { get; } = new(null, null, null, null);
}

/// <summary>The evidence keys.</summary>
public static class EvidenceKeys
{
    public const string TwosShare = "twos_share";
    public const string StudentsWithTwoShare = "students_twos_share";
    public const string DisabilitiesShare = "disabilities_share";
    public const string NonNativeShare = "non_native_share";
    public const string MarkedWorks = "marked_works";
    /// <summary>The results year the «2» measures were read from.</summary>
    public const string ResultsYear = "results_year";
    public const string Effect = "effect";
    public const string EffectUpper = "effect_upper";

    /// <summary>The region's value at the medium-level percentile, e.g. <c>twos_share.cut_medium</c>.</summary>
    public static string CutMedium(string measure) => measure + ".cut_medium";

    public static string CutHigh(string measure) => measure + ".cut_high";

    /// <summary>The school's percentile (0–1) in the region.</summary>
    public static string Percentile(string measure) => measure + ".percentile";
}
