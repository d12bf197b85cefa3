using Orientir.Domain.Support;

namespace Orientir.Analytics.Support.Risk;

/// <summary>
/// How a factor's level is read: from the school's place among the region's schools (data), from the school's own
/// answers (self-assessment), and the level in force — the higher of the two, so that neither a modest questionnaire
/// nor missing data hides a risk the other sees.
/// </summary>
public static class RiskLevels
{
    /// <summary>The data levels of every school of the region, by school id.</summary>
    public static IReadOnlyDictionary<int, SchoolDataLevels> ForRegion(IReadOnlyList<SchoolRiskMeasures> region, RiskProfileSettings settings)
    {
        var counted = region.Where(m => m.MarkedWorks >= settings.MinimumWorks).ToList();
        var twos = new RegionPercentiles(counted.Select(m => m.TwosShare!.Value));
        var students = new RegionPercentiles(counted.Where(m => m.StudentsWithTwoShare is not null).Select(m => m.StudentsWithTwoShare!.Value));
        var disabilities = new RegionPercentiles(region.Where(m => m.DisabilitiesShare is not null).Select(m => m.DisabilitiesShare!.Value));
        var nonNative = new RegionPercentiles(region.Where(m => m.NonNativeShare is not null).Select(m => m.NonNativeShare!.Value));
        return region.ToDictionary(m => m.SchoolId, m =>
        {
            var enough = m.MarkedWorks >= settings.MinimumWorks;
            var byTwos = enough ? ByPercentile(EvidenceKeys.TwosShare, m.TwosShare, twos, settings) : null;
            var byStudents = enough ? ByPercentile(EvidenceKeys.StudentsWithTwoShare, m.StudentsWithTwoShare, students, settings) : null;
            return new SchoolDataLevels(
                StudentsAtRisk(m, byTwos, byStudents),
                ByPercentile(EvidenceKeys.DisabilitiesShare, m.DisabilitiesShare, disabilities, settings),
                ByPercentile(EvidenceKeys.NonNativeShare, m.NonNativeShare, nonNative, settings),
                TeacherCompetence(m.Effect, m.EffectUpper));
        });
    }

    /// <summary>The level of a percentile: at or above <see cref="RiskProfileSettings.HighPercentile"/> high, at or above the medium one medium, else low.</summary>
    public static RiskLevel OfPercentile(double percentile, RiskProfileSettings settings) =>
        percentile >= settings.HighPercentile ? RiskLevel.High : percentile >= settings.MediumPercentile ? RiskLevel.Medium : RiskLevel.Low;

    /// <summary>A measure's level from the school's percentile among the region's values, or null without a value or a region to compare.</summary>
    public static DataLevel? ByPercentile(string key, double? value, RegionPercentiles region, RiskProfileSettings settings)
    {
        if (value is not { } v || !double.IsFinite(v) || !region.Comparable) return null;
        var percentile = region.Percentile(v);
        return new DataLevel(OfPercentile(percentile, settings),
        [
            new(key, Math.Round(v, 1)),
            new(EvidenceKeys.CutMedium(key), Math.Round(region.Cut(settings.MediumPercentile), 1)),
            new(EvidenceKeys.CutHigh(key), Math.Round(region.Cut(settings.HighPercentile), 1)),
            new(EvidenceKeys.Percentile(key), Math.Round(percentile, 2)),
        ]);
    }

    /// <summary>
    /// A proxy of teaching quality: the school's results after its context is accounted for. The whole interval below
    /// zero (surely below expectation) is high, an effect below zero medium, else low.
    /// </summary>
    public static DataLevel? TeacherCompetence(double? effect, double? upper)
    {
        if (effect is not { } e || !double.IsFinite(e)) return null;
        var level = upper is { } u && u < 0 ? RiskLevel.High : e < 0 ? RiskLevel.Medium : RiskLevel.Low;
        List<Evidence> evidence = [new(EvidenceKeys.Effect, Math.Round(e, 3))];
        if (upper is { } up) evidence.Add(new(EvidenceKeys.EffectUpper, Math.Round(up, 3)));
        return new DataLevel(level, evidence);
    }

    /// <summary>The self-assessment level from a factor's answers (1–4), or null when none is answered.</summary>
    public static RiskLevel? Self(IReadOnlyCollection<int> answers, RiskProfileSettings settings)
    {
        if (answers.Count == 0) return null;
        var mean = answers.Average();
        return mean >= settings.SelfHighMean ? RiskLevel.High : mean >= settings.SelfMediumMean ? RiskLevel.Medium : RiskLevel.Low;
    }

    /// <summary>The level in force: the higher of the data and self-assessment levels (null when neither is known).</summary>
    public static RiskLevel? InForce(RiskLevel? data, RiskLevel? self) =>
        data is null ? self : self is null ? data : (RiskLevel)Math.Max((int)data.Value, (int)self.Value);

    // Students at risk: the higher of the two «2» measures, with the evidence of both and the works they rest on.
    private static DataLevel? StudentsAtRisk(SchoolRiskMeasures m, DataLevel? byTwos, DataLevel? byStudents)
    {
        if (byTwos is null && byStudents is null) return null;
        var level = InForce(byTwos?.Level, byStudents?.Level)!.Value;
        return new DataLevel(level, [.. byTwos?.Evidence ?? [], .. byStudents?.Evidence ?? [], new(EvidenceKeys.MarkedWorks, m.MarkedWorks)]);
    }
}
