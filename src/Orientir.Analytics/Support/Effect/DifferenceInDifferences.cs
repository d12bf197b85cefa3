using System.Globalization;
using MathNet.Numerics.Distributions;
using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Support.Effect;

/// <summary>
/// The effect of a programme year on each of its target schools: matched comparison schools that were never on a list,
/// then the difference in differences of the outcome from the baseline year to each follow-up year
/// (docs/methodology.md §5.4). Pure: the same numbers for the pages, the API and the tests.
/// </summary>
public static class DifferenceInDifferences
{
    public static IReadOnlyList<SchoolEffect> Estimate(EffectInput input, SupportEffectSettings settings)
    {
        var y = input.ProgrammeYear;
        var followUps = input.ResultYears.Where(t => t > y).Distinct().Order().ToList();
        var scale = MatchingScale.Of(input);
        var pool = input.Outcomes.Keys.Where(k => k.Year == y && !input.EverTargeted.Contains(k.SchoolId)).Select(k => k.SchoolId).ToList();
        var corrections = followUps.ToDictionary(t => t, t => settings.BiasCorrection ? BiasCorrection.Fit(input, pool, t) : BiasCorrection.None);

        return input.TargetSchoolIds.Distinct().Order().Select(schoolId =>
        {
            var baseline = input.Outcomes.GetValueOrDefault((schoolId, y));
            double? context = input.ContextIndex.TryGetValue(schoolId, out var c) ? c : null;
            var years = followUps.Select(t => baseline is null
                    ? NoEstimate(t, input.Outcomes.GetValueOrDefault((schoolId, t)), $"нет результата базового {y} года (меньше {settings.MinimumWorks} работ в процедурах)")
                    : YearOf(input, settings, scale, pool, corrections[t], baseline, context, t))
                .ToList();
            return new SchoolEffect(schoolId, baseline?.Value, baseline?.Works ?? 0, context, years, ExitRule.Proposal(years, settings));
        }).ToList();
    }

    /// <summary>The two-sided quantile of Student's t for the interval at <paramref name="level"/>.</summary>
    public static double Quantile(double level, int degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - level) / 2);

    private static YearEffect YearOf(EffectInput input, SupportEffectSettings settings, MatchingScale scale, List<int> pool,
        BiasCorrection correction, SchoolOutcome baseline, double? context, int t)
    {
        var followUp = input.Outcomes.GetValueOrDefault((baseline.SchoolId, t));
        if (followUp is null) return NoEstimate(t, null, $"нет результата {t} года (меньше {settings.MinimumWorks} работ в процедурах)");
        var change = followUp.Value - baseline.Value;
        var matched = pool
            .Where(id => input.Outcomes.ContainsKey((id, t)))
            .Select(id => Candidate(input, scale, id, baseline, context, correction, t))
            .Where(m => m is not null && m.Distance <= settings.Caliper)
            .Select(m => m!)
            .OrderBy(m => m.Distance).ThenBy(m => m.SchoolId)
            .Take(settings.Comparisons)
            .ToList();
        if (matched.Count < settings.MinimumComparisons)
            return NoEstimate(t, followUp, $"школ сравнения в пределах {settings.Caliper.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"))} SD: {matched.Count}, нужно не меньше {settings.MinimumComparisons}")
                with { Change = change, Comparisons = matched };

        var k = matched.Count;
        var comparison = matched.Average(m => m.AdjustedChange);
        var did = change - comparison;
        var sd = Math.Sqrt(matched.Sum(m => (m.AdjustedChange - comparison) * (m.AdjustedChange - comparison)) / (k - 1));
        // The target school's own change is one more draw of the spread the comparison schools show: var(d − mean) = σ²(1 + 1/K).
        var se = sd * Math.Sqrt(1 + 1.0 / k);
        var half = Quantile(settings.ConfidenceLevel, k - 1) * se;
        return new YearEffect(t, followUp.Value, followUp.Works, change, comparison, did, se, did - half, did + half, matched, null,
        [
            new("baseline", baseline.Value), new("baseline_works", baseline.Works),
            new("follow_up", followUp.Value), new("follow_up_works", followUp.Works),
            new("change", change), new("comparison_change", comparison), new("did", did),
            new("standard_error", se), new("lower", did - half), new("upper", did + half),
            new("comparisons", k), new("degrees_of_freedom", k - 1), new("confidence_level", settings.ConfidenceLevel),
            new("comparison_baseline", matched.Average(m => m.Baseline)), new("mean_distance", matched.Average(m => m.Distance)),
            new("bias_slope_baseline", context is null ? correction.OutcomeOnly.Baseline : correction.WithContext.Baseline),
            new("bias_slope_context", context is null ? 0 : correction.WithContext.Context),
        ]);
    }

    private static ComparisonSchool? Candidate(EffectInput input, MatchingScale scale, int id, SchoolOutcome target, double? targetContext, BiasCorrection correction, int t)
    {
        var baseline = input.Outcomes[(id, input.ProgrammeYear)].Value;
        var change = input.Outcomes[(id, t)].Value - baseline;
        double? context = input.ContextIndex.TryGetValue(id, out var c) ? c : null;
        var outcomeGap = (baseline - target.Value) / scale.OutcomeSd;
        if (targetContext is not { } tc)
            return new ComparisonSchool(id, baseline, change, change + correction.OutcomeOnly.Baseline * (target.Value - baseline), context, Math.Abs(outcomeGap));
        // A target school with an index is compared only with schools that have one: a distance on one axis is not comparable with one on two.
        if (context is not { } cc) return null;
        var contextGap = (cc - tc) / scale.ContextSd;
        var adjusted = change + correction.WithContext.Baseline * (target.Value - baseline) + correction.WithContext.Context * (tc - cc);
        return new ComparisonSchool(id, baseline, change, adjusted, context, Math.Sqrt(outcomeGap * outcomeGap + contextGap * contextGap));
    }

    private static YearEffect NoEstimate(int t, SchoolOutcome? followUp, string reason) =>
        new(t, followUp?.Value, followUp?.Works ?? 0, null, null, null, null, null, null, [], reason, []);

    /// <summary>The SDs that put the baseline outcome and ИСБШ on one scale: across the schools with a baseline outcome.</summary>
    private sealed record MatchingScale(double OutcomeSd, double ContextSd)
    {
        public static MatchingScale Of(EffectInput input)
        {
            var schools = input.Outcomes.Values.Where(o => o.Year == input.ProgrammeYear).ToList();
            var contexts = schools.Where(o => input.ContextIndex.ContainsKey(o.SchoolId)).Select(o => input.ContextIndex[o.SchoolId]).ToList();
            return new MatchingScale(Sd(schools.Select(o => o.Value).ToList()), Sd(contexts));
        }

        private static double Sd(List<double> values)
        {
            if (values.Count < 2) return 1;
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            return sd > 1e-12 ? sd : 1;
        }
    }
}
