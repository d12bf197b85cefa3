using MathNet.Numerics.Distributions;
using Orientir.Analytics.Indicators;
using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;

namespace Orientir.Analytics.Performance;

/// <summary>A school's results in one procedure left out of the model (e.g. its ВПР when they are flagged as non-objective).</summary>
public readonly record struct SchoolProcedure(int SchoolId, string ProcedureCode);

/// <summary>
/// Context-adjusted performance (domain.md §4.2): the year's works of every pooled procedure, each primary score
/// standardised within its procedure region-wide, one row per work, students in schools, in the random-intercept
/// model y = β₀ + γ·context + δ·type + u_school + e. The level model reports u_j; the growth model adds the
/// student's standardised score in the same subject a year earlier and reports its u_j separately.
/// </summary>
public static class ContextAdjustedPerformance
{
    public const string InterceptColumn = "(Intercept)";
    public const string PriorScoreColumn = "prior_score";
    public const string ContextIndexColumn = "context_index";
    public const string ContextMissingColumn = "context_index_missing";
    public const string TypeColumnPrefix = "type_";

    /// <param name="contextIndex">The context index (ИСБШ) by school id; a school absent or NaN gets the mean of the others and a missing indicator.</param>
    /// <param name="excluded">Results kept out of both models (their procedure's standardisation still uses them).</param>
    public static PerformanceResult Estimate(
        SchoolAnalysisInput input, IReadOnlyDictionary<int, double> contextIndex, PerformanceSettings settings,
        IReadOnlySet<SchoolProcedure>? excluded = null)
    {
        if (settings.YearsPooled < 1) throw new ArgumentOutOfRangeException(nameof(settings), settings.YearsPooled, "At least one year is pooled.");
        var schools = input.Schools;
        var groupOf = new Dictionary<int, int>(schools.Count);
        for (var g = 0; g < schools.Count; g++) groupOf[schools[g].SchoolId] = g;

        var (schoolColumns, schoolCovariates, withoutContext) = SchoolCovariates(schools, contextIndex, settings);
        var firstYear = input.Year - settings.YearsPooled + 1;
        var current = Standardised(input.Procedures, firstYear, input.Year, settings);
        var z = NormalQuantile(settings.ConfidenceLevel);

        var level = new GroupedData([InterceptColumn, .. schoolColumns], schools.Count);
        var row = new double[level.ColumnCount];
        foreach (var procedure in current)
        {
            var works = procedure.Works;
            var skipped = Excluded(excluded, works.Design.Code);
            for (var i = 0; i < works.Count; i++)
            {
                if (!groupOf.TryGetValue(works.SchoolIds[i], out var g) || skipped?.Contains(works.SchoolIds[i]) == true) continue;
                row[0] = 1;
                Array.Copy(schoolCovariates[g], 0, row, 1, schoolColumns.Count);
                level.Add(g, row, procedure.Z(i));
            }
        }
        var levelModel = FitModel(PerformanceModelKind.Level, level, schools, current, settings, z);

        PerformanceModel? growthModel = null;
        if (settings.EstimateGrowth)
        {
            var prior = PriorScores(Standardised(input.Procedures, firstYear - 1, input.Year - 1, settings));
            var growth = new GroupedData([InterceptColumn, PriorScoreColumn, .. schoolColumns], schools.Count);
            row = new double[growth.ColumnCount];
            var used = new List<StandardisedProcedure>();
            foreach (var procedure in current)
            {
                var works = procedure.Works;
                if (works.StudentKeys is not { } keys || !prior.TryGetValue((works.Design.Year - 1, works.Design.Subject), out var priorOfSubject)) continue;
                var skipped = Excluded(excluded, works.Design.Code);
                var before = growth.Observations;
                for (var i = 0; i < works.Count; i++)
                {
                    if (keys[i] == ProcedureWorks.NoStudent || !priorOfSubject.TryGetValue(keys[i], out var earlier)) continue;
                    if (!groupOf.TryGetValue(works.SchoolIds[i], out var g) || skipped?.Contains(works.SchoolIds[i]) == true) continue;
                    row[0] = 1;
                    row[1] = earlier.Sum / earlier.Count;
                    Array.Copy(schoolCovariates[g], 0, row, 2, schoolColumns.Count);
                    growth.Add(g, row, procedure.Z(i));
                }
                if (growth.Observations > before) used.Add(procedure);
            }
            growthModel = FitModel(PerformanceModelKind.Growth, growth, schools, used, settings, z);
        }
        return new PerformanceResult(input.Year, levelModel, growthModel, withoutContext);
    }

    private static PerformanceModel? FitModel(
        PerformanceModelKind kind, GroupedData data, IReadOnlyList<SchoolProfile> schools, IReadOnlyList<StandardisedProcedure> procedures,
        PerformanceSettings settings, double z)
    {
        var dependent = data.DependentColumns();
        var keep = Enumerable.Range(0, data.ColumnCount).Except(dependent).ToArray();
        if (data.Observations <= keep.Length + 1) return null;
        var model = dependent.Count == 0 ? data : data.Select(keep);
        var fit = RandomInterceptModel.Fit(model, settings.Estimation, z);

        var effects = new SchoolEffect[schools.Count];
        var informative = 0;
        for (var g = 0; g < schools.Count; g++)
        {
            var group = fit.GroupEffects[g];
            if (group.Count >= settings.MinimumWorks)
            {
                informative++;
                effects[g] = new SchoolEffect(schools[g].SchoolId, group.Count, group.Effect, group.ConditionalSd, group.Lower, group.Upper);
            }
            else
            {
                effects[g] = new SchoolEffect(schools[g].SchoolId, group.Count, null, null, null, null);
            }
        }
        var summary = new PerformanceModelSummary(kind, fit.FixedEffects, fit.BetweenGroupVariance, fit.ResidualVariance, fit.LogLikelihood,
            fit.Observations, fit.Groups, informative, procedures.Select(p => p.Works.Design.Code).ToArray(),
            dependent.Select(c => data.ColumnNames[c]).ToArray());
        return new PerformanceModel(summary, effects);
    }

    /// <summary>
    /// The school-level covariates: the context index (a missing one replaced by the mean of the known ones, with an
    /// indicator, so those schools are neither dropped nor taken for average without saying so) and one dummy per
    /// school type other than general. Columns that turn out constant or collinear are dropped before the fit.
    /// </summary>
    private static (IReadOnlyList<string> Columns, double[][] Covariates, int WithoutContext) SchoolCovariates(
        IReadOnlyList<SchoolProfile> schools, IReadOnlyDictionary<int, double> contextIndex, PerformanceSettings settings)
    {
        var columns = new List<string>();
        var known = new double?[schools.Count];
        var withoutContext = 0;
        var sum = 0.0;
        var count = 0;
        for (var g = 0; g < schools.Count; g++)
        {
            if (contextIndex.TryGetValue(schools[g].SchoolId, out var value) && double.IsFinite(value))
            {
                known[g] = value;
                sum += value;
                count++;
            }
            else
            {
                withoutContext++;
            }
        }
        var mean = count > 0 ? sum / count : 0;
        if (settings.AdjustForContextIndex) columns.AddRange([ContextIndexColumn, ContextMissingColumn]);
        var types = settings.AdjustForSchoolType
            ? Enum.GetValues<SchoolType>().Where(t => t != SchoolType.General && schools.Any(s => s.Type == t)).ToArray()
            : [];
        columns.AddRange(types.Select(t => TypeColumnPrefix + t.ToString().ToLowerInvariant()));

        var covariates = new double[schools.Count][];
        for (var g = 0; g < schools.Count; g++)
        {
            var values = new double[columns.Count];
            var c = 0;
            if (settings.AdjustForContextIndex)
            {
                values[c++] = known[g] ?? mean;
                values[c++] = known[g] is null ? 1 : 0;
            }
            foreach (var type in types) values[c++] = schools[g].Type == type ? 1 : 0;
            covariates[g] = values;
        }
        return (columns, covariates, settings.AdjustForContextIndex ? withoutContext : 0);
    }

    private static HashSet<int>? Excluded(IReadOnlySet<SchoolProcedure>? excluded, string code)
    {
        if (excluded is null || excluded.Count == 0) return null;
        HashSet<int>? schools = null;
        foreach (var item in excluded)
            if (item.ProcedureCode == code) (schools ??= []).Add(item.SchoolId);
        return schools;
    }

    /// <summary>Each student's standardised scores by year and subject, summed with their count (a student may have written a subject twice in a year).</summary>
    private static Dictionary<(int Year, string Subject), Dictionary<int, (double Sum, int Count)>> PriorScores(IReadOnlyList<StandardisedProcedure> procedures)
    {
        var bySubject = new Dictionary<(int, string), Dictionary<int, (double Sum, int Count)>>();
        foreach (var procedure in procedures)
        {
            var works = procedure.Works;
            if (works.StudentKeys is not { } keys) continue;
            var year = (works.Design.Year, works.Design.Subject);
            if (!bySubject.TryGetValue(year, out var scores)) bySubject[year] = scores = new Dictionary<int, (double, int)>(works.Count);
            for (var i = 0; i < works.Count; i++)
            {
                if (keys[i] == ProcedureWorks.NoStudent) continue;
                scores.TryGetValue(keys[i], out var sofar);
                scores[keys[i]] = (sofar.Sum + procedure.Z(i), sofar.Count + 1);
            }
        }
        return bySubject;
    }

    private static List<StandardisedProcedure> Standardised(IReadOnlyList<ProcedureWorks> procedures, int firstYear, int lastYear, PerformanceSettings settings)
    {
        var result = new List<StandardisedProcedure>();
        foreach (var works in procedures)
        {
            if (works.Design.Year < firstYear || works.Design.Year > lastYear || !settings.Kinds.Contains(works.Design.Kind) || works.Count < 2) continue;
            var scores = works.PrimaryScores;
            var sum = 0.0;
            foreach (var s in scores) sum += s;
            var mean = sum / scores.Length;
            var squares = 0.0;
            foreach (var s in scores) squares += (s - mean) * (s - mean);
            var sd = Math.Sqrt(squares / (scores.Length - 1));
            if (sd > 0) result.Add(new StandardisedProcedure(works, mean, sd));
        }
        return result;
    }

    private static double NormalQuantile(double level)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        return Normal.InvCDF(0, 1, (1 + level) / 2);
    }

    /// <summary>A procedure's works with the region's mean and SD of their primary scores: z = (score − mean) / SD.</summary>
    private sealed record StandardisedProcedure(ProcedureWorks Works, double Mean, double Sd)
    {
        public double Z(int work) => (Works.PrimaryScores[work] - Mean) / Sd;
    }
}
