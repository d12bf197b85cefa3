using Orientir.Analytics.Context;
using Orientir.Analytics.Indicators;
using Orientir.Analytics.Schools;

namespace Orientir.Analytics.LowResults;

/// <summary>
/// Schools with low results (ШНОР) of domain.md §4.2: each year a composite of the key procedures' standardised
/// results (share of "2", mean percent), the bottom share of the region, and the rule over consecutive years ending at
/// the analysed year. A school whose results are flagged as non-objective is judged by its independent procedures
/// (ОГЭ, ЕГЭ, РПР) instead of being passed over. Formulas and defaults: docs/methodology.md §4.1.
/// </summary>
public static class LowResultsAnalysis
{
    public static LowResultsResult Run(SchoolAnalysisInput input, LowResultsSettings settings, IReadOnlySet<int> nonObjectiveSchools)
    {
        var schools = input.Schools;
        var n = schools.Count;
        var schoolIndex = new Dictionary<int, int>(n);
        for (var s = 0; s < n; s++) schoolIndex[schools[s].SchoolId] = s;
        var judgedIndependently = new bool[n];
        for (var s = 0; s < n; s++) judgedIndependently[s] = nonObjectiveSchools.Contains(schools[s].SchoolId);

        var years = input.Procedures.Select(p => p.Design).Concat((input.Aggregates ?? []).Select(a => a.Design))
            .Select(d => d.Year).Where(y => y <= input.Year).Distinct().Order().ToArray();
        var yearResults = new SchoolYearResult[years.Length][];
        var regionYears = new LowResultsYear[years.Length];
        for (var y = 0; y < years.Length; y++)
            (yearResults[y], regionYears[y]) = Year(input, years[y], settings, schoolIndex, judgedIndependently);

        var required = Enumerable.Range(input.Year - settings.ConsecutiveYears + 1, settings.ConsecutiveYears).ToArray();
        var requiredPositions = required.Select(r => Array.IndexOf(years, r)).ToArray();
        var complete = new bool[n];
        var summary = new double[n];
        var summaryValues = new List<double>(n);
        for (var s = 0; s < n; s++)
        {
            complete[s] = requiredPositions.All(p => p >= 0 && yearResults[p][s].Composite is not null);
            if (!complete[s] || settings.Rule == LowResultsRule.BottomInEachYear) continue;
            summary[s] = settings.Rule == LowResultsRule.BottomByMeanOfYears
                ? requiredPositions.Average(p => yearResults[p][s].Composite!.Value)
                : requiredPositions.Max(p => yearResults[p][s].Percentile!.Value);
            summaryValues.Add(summary[s]);
        }
        var summaryCutOff = summaryValues.Count > 0 ? BottomShare.CutOff(summaryValues.ToArray(), settings.BottomShare) : double.NaN;
        var summaryKey = settings.Rule == LowResultsRule.BottomByMeanOfYears ? "mean_composite_of_years" : "best_percentile_of_years";

        var result = new SchoolLowResults[n];
        for (var s = 0; s < n; s++)
        {
            var mine = new SchoolYearResult[years.Length];
            for (var y = 0; y < years.Length; y++) mine[y] = yearResults[y][s];
            var evidence = new List<Evidence>
            {
                new("low_results_bottom_share", 100 * settings.BottomShare),
                new("low_results_years_required", settings.ConsecutiveYears),
                new("judged_by_independent_only", judgedIndependently[s] ? 1 : 0),
            };
            bool low;
            if (settings.Rule == LowResultsRule.BottomInEachYear)
                low = complete[s] && requiredPositions.All(p => mine[p].InBottom);
            else
            {
                low = complete[s] && summary[s] <= summaryCutOff;
                if (complete[s])
                {
                    evidence.Add(new(summaryKey, summary[s]));
                    evidence.Add(new("cutoff_" + summaryKey, summaryCutOff));
                }
            }
            var yearsInBottom = 0;
            for (var y = years.Length - 1; y >= 0 && years[y] == input.Year - yearsInBottom && mine[y].InBottom; y--) yearsInBottom++;
            evidence.Add(new("consecutive_years_in_bottom", yearsInBottom));
            for (var y = 0; y < years.Length; y++) AddYearEvidence(evidence, mine[y], regionYears[y]);
            evidence.Insert(0, new("low_results", low ? 1 : 0));
            result[s] = new SchoolLowResults(schools[s].SchoolId, low, judgedIndependently[s], !complete[s], mine, evidence);
        }
        return new LowResultsResult(input.Year, regionYears, result);
    }

    private static (SchoolYearResult[], LowResultsYear) Year(SchoolAnalysisInput input, int year, LowResultsSettings settings,
        Dictionary<int, int> schoolIndex, bool[] judgedIndependently)
    {
        var n = schoolIndex.Count;
        var keys = new List<KeyResults>();
        foreach (var (design, works, aggregates) in KeySources(input, year))
        {
            var key = settings.KeyProcedures.FirstOrDefault(k => k.Kind == design.Kind && k.Grade == design.Grade
                && string.Equals(k.Subject, design.Subject, StringComparison.OrdinalIgnoreCase));
            if (key is null || key.Weight <= 0) continue;
            var independent = settings.IndependentKinds.Contains(design.Kind);
            keys.Add(aggregates is not null
                ? KeyResults.Of(aggregates, key.Weight, independent, schoolIndex, settings.MinimumParticipants, settings.FailShareLogit)
                : KeyResults.Of(works!, key.Weight, independent, schoolIndex, settings.MinimumParticipants, settings.FailShareLogit));
        }

        var composite = new double?[n];
        var components = new List<ResultComponent>[n];
        for (var s = 0; s < n; s++)
        {
            components[s] = [];
            double sum = 0, weightSum = 0;
            var procedures = 0;
            foreach (var key in keys)
            {
                if (judgedIndependently[s] && !key.Independent) continue;
                var used = false;
                if (!double.IsNaN(key.FailZ[s]) && settings.FailShareWeight > 0)
                {
                    sum += key.Weight * settings.FailShareWeight * key.FailZ[s];
                    weightSum += key.Weight * settings.FailShareWeight;
                    components[s].Add(new(key.Design.Code, ResultMeasure.FailShare, key.FailShare[s], key.FailZ[s], key.Participants[s], key.FromAggregates));
                    used = true;
                }
                if (!double.IsNaN(key.MeanZ[s]) && settings.MeanPercentWeight > 0)
                {
                    sum += key.Weight * settings.MeanPercentWeight * key.MeanZ[s];
                    weightSum += key.Weight * settings.MeanPercentWeight;
                    components[s].Add(new(key.Design.Code, ResultMeasure.MeanPercent, key.MeanPercent[s], key.MeanZ[s], key.Participants[s], key.FromAggregates));
                    used = true;
                }
                if (used) procedures++;
            }
            if (procedures >= settings.MinimumProcedures && weightSum > 0) composite[s] = sum / weightSum;
        }

        var ranked = new List<int>(n);
        for (var s = 0; s < n; s++) if (composite[s] is not null) ranked.Add(s);
        var values = ranked.Select(s => composite[s]!.Value).ToArray();
        var ranks = Statistics.Descriptive.Ranks(values);
        var percentiles = BottomShare.Percentiles(values);
        double? cutOff = values.Length > 0 ? BottomShare.CutOff(values, settings.BottomShare) : null;

        var results = new SchoolYearResult[n];
        for (var s = 0; s < n; s++) results[s] = new SchoolYearResult(year, null, null, null, false, components[s]);
        for (var i = 0; i < ranked.Count; i++)
        {
            var s = ranked[i];
            results[s] = new SchoolYearResult(year, values[i], (int)Math.Floor(ranks[i]), percentiles[i], values[i] <= cutOff!.Value, components[s]);
        }
        return (results, new LowResultsYear(year, ranked.Count, cutOff));
    }

    /// <summary>
    /// The year's procedures, each read from its works or, when it has none, from its schools' aggregates: a procedure
    /// known only from per-school forms still ranks the schools by its share of fails and mean percent.
    /// </summary>
    private static IEnumerable<(ProcedureDesign Design, ProcedureWorks? Works, ProcedureAggregates? Aggregates)> KeySources(SchoolAnalysisInput input, int year)
    {
        var aggregates = (input.Aggregates ?? []).Where(a => a.Design.Year == year && a.Schools.Count > 0)
            .ToDictionary(a => a.Design.Code, StringComparer.Ordinal);
        foreach (var works in input.Procedures)
        {
            if (works.Design.Year != year) continue;
            if (works.Count == 0 && aggregates.Remove(works.Design.Code, out var forms)) yield return (works.Design, null, forms);
            else if (works.Count > 0) yield return (works.Design, works, null);
            aggregates.Remove(works.Design.Code);
        }
        foreach (var forms in aggregates.Values.OrderBy(a => a.Design.Code, StringComparer.Ordinal)) yield return (forms.Design, null, forms);
    }

    private static void AddYearEvidence(List<Evidence> evidence, SchoolYearResult year, LowResultsYear region)
    {
        var y = year.Year;
        if (year.Composite is { } composite)
        {
            evidence.Add(new($"composite_{y}", composite));
            evidence.Add(new($"rank_{y}", year.Rank!.Value));
            evidence.Add(new($"percentile_{y}", year.Percentile!.Value));
            evidence.Add(new($"in_bottom_{y}", year.InBottom ? 1 : 0));
        }
        evidence.Add(new($"schools_ranked_{y}", region.SchoolsRanked));
        if (region.CutOff is { } cutOff) evidence.Add(new($"cutoff_{y}", cutOff));
        foreach (var c in year.Components)
        {
            var measure = c.Measure == ResultMeasure.FailShare ? "fail_share" : "mean_percent";
            evidence.Add(new($"{measure}:{c.ProcedureCode}", c.Measure == ResultMeasure.FailShare ? 100 * c.Value : c.Value));
            evidence.Add(new($"{measure}_z:{c.ProcedureCode}", c.Z));
            if (c.Measure == ResultMeasure.MeanPercent) evidence.Add(new($"participants:{c.ProcedureCode}", c.Participants));
            // Said once per procedure: its numbers come from the school's form, and no marker could check them.
            if (c.FromAggregates && !evidence.Any(e => e.Key == $"from_aggregates:{c.ProcedureCode}"))
                evidence.Add(new($"from_aggregates:{c.ProcedureCode}", 1));
        }
    }
}
