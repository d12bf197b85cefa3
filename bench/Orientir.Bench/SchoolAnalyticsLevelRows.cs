using System.Globalization;
using System.Text;
using Orientir.Analytics.Context;
using Orientir.Analytics.Objectivity;
using Orientir.Analytics.Performance;
using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;

namespace Orientir.Bench;

/// <summary>
/// The rows of the level model as <see cref="ContextAdjustedPerformance.Estimate"/> builds them inside
/// <see cref="SchoolAnalysis.Run"/> (docs/methodology.md §4.2): the year's works of the pooled kinds, each primary
/// score standardised within its procedure, a flagged school's judged procedures left out, the school covariates
/// (context index with its missing indicator, type dummies), the columns the model drops already dropped. The
/// model keeps only per-school sums, so the rows are rebuilt here for lme4; <see cref="Fit"/> on them must give the
/// system's own fit, which the benchmark checks.
/// </summary>
internal sealed class SchoolAnalyticsLevelRows
{
    public required IReadOnlyList<string> Columns { get; init; }
    public required int[] SchoolIds { get; init; }
    public required int[] Groups { get; init; }
    public required double[] Responses { get; init; }
    /// <summary>Row-major, <see cref="Columns"/> wide (the intercept's column of ones included).</summary>
    public required double[] Covariates { get; init; }
    public required int GroupCount { get; init; }

    public int Count => Responses.Length;

    /// <summary>The model's sums from the rows, then the REML fit: what the system does after reading the works.</summary>
    public RandomInterceptFit Fit(PerformanceSettings settings)
    {
        var data = new GroupedData(Columns, GroupCount);
        var p = Columns.Count;
        for (var i = 0; i < Count; i++) data.Add(Groups[i], Covariates.AsSpan(i * p, p), Responses[i]);
        return RandomInterceptModel.Fit(data, settings.Estimation, 1.96);
    }

    /// <summary>y, the school's id and the covariates other than the intercept, for <c>lmer(y ~ … + (1 | school))</c>.</summary>
    public void WriteCsv(string path)
    {
        var p = Columns.Count;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(string.Join(',', new[] { "y", "school" }.Concat(Columns.Skip(1))));
        var line = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            line.Clear();
            line.Append(Responses[i].ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(SchoolIds[i]);
            for (var c = 1; c < p; c++) line.Append(',').Append(Covariates[i * p + c].ToString("R", CultureInfo.InvariantCulture));
            writer.WriteLine(line);
        }
    }

    public static SchoolAnalyticsLevelRows Build(SchoolAnalysisInput input, SchoolAnalysisSettings settings)
    {
        var performance = settings.Performance;
        var context = ContextIndex.Compute(input.Schools, settings.Context);
        var objectivity = ObjectivityAnalysis.Run(input, settings.Objectivity);
        var excluded = objectivity.Schools.Where(s => s.Listed)
            .SelectMany(s => s.JudgedProcedures.Concat(s.NotJudgedProcedures).Select(code => (s.SchoolId, code)))
            .ToHashSet();

        var schools = input.Schools;
        var groupOf = new Dictionary<int, int>(schools.Count);
        for (var g = 0; g < schools.Count; g++) groupOf[schools[g].SchoolId] = g;
        var (columns, covariates) = SchoolCovariates(schools, context, performance);
        var p = columns.Count;

        var firstYear = input.Year - performance.YearsPooled + 1;
        var schoolIds = new List<int>();
        var groups = new List<int>();
        var responses = new List<double>();
        var rows = new List<double>();
        foreach (var works in input.Procedures)
        {
            var design = works.Design;
            if (design.Year < firstYear || design.Year > input.Year || !performance.Kinds.Contains(design.Kind) || works.Count < 2) continue;
            var scores = works.PrimaryScores;
            var sum = 0.0;
            foreach (var s in scores) sum += s;
            var mean = sum / scores.Length;
            var squares = 0.0;
            foreach (var s in scores) squares += (s - mean) * (s - mean);
            var sd = Math.Sqrt(squares / (scores.Length - 1));
            if (!(sd > 0)) continue;
            for (var i = 0; i < works.Count; i++)
            {
                var school = works.SchoolIds[i];
                if (!groupOf.TryGetValue(school, out var g) || excluded.Contains((school, design.Code))) continue;
                schoolIds.Add(school);
                groups.Add(g);
                responses.Add((scores[i] - mean) / sd);
                rows.AddRange(covariates[g]);
            }
        }

        // The columns the system drops before its fit (constant, or a combination of the others).
        var probe = new GroupedData(columns, schools.Count);
        for (var i = 0; i < groups.Count; i++) probe.Add(groups[i], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows).Slice(i * p, p), responses[i]);
        var keep = Enumerable.Range(0, p).Except(probe.DependentColumns()).ToArray();
        var kept = new double[groups.Count * keep.Length];
        for (var i = 0; i < groups.Count; i++)
        for (var c = 0; c < keep.Length; c++)
            kept[i * keep.Length + c] = rows[i * p + keep[c]];
        return new SchoolAnalyticsLevelRows
        {
            Columns = keep.Select(c => columns[c]).ToArray(),
            SchoolIds = schoolIds.ToArray(),
            Groups = groups.ToArray(),
            Responses = responses.ToArray(),
            Covariates = kept,
            GroupCount = schools.Count,
        };
    }

    private static (List<string> Columns, double[][] Covariates) SchoolCovariates(
        IReadOnlyList<SchoolProfile> schools, ContextIndexResult context, PerformanceSettings settings)
    {
        var index = context.Schools.Where(s => s.Index is not null).ToDictionary(s => s.SchoolId, s => s.Index!.Value);
        var known = schools.Select(s => index.TryGetValue(s.SchoolId, out var v) && double.IsFinite(v) ? v : (double?)null).ToArray();
        double sum = 0;
        var count = 0;
        foreach (var value in known)
            if (value is { } v) { sum += v; count++; }
        var mean = count > 0 ? sum / count : 0;
        var columns = new List<string> { ContextAdjustedPerformance.InterceptColumn };
        if (settings.AdjustForContextIndex) columns.AddRange([ContextAdjustedPerformance.ContextIndexColumn, ContextAdjustedPerformance.ContextMissingColumn]);
        var types = settings.AdjustForSchoolType
            ? Enum.GetValues<SchoolType>().Where(t => t != SchoolType.General && schools.Any(s => s.Type == t)).ToArray()
            : [];
        columns.AddRange(types.Select(t => ContextAdjustedPerformance.TypeColumnPrefix + t.ToString().ToLowerInvariant()));
        var covariates = new double[schools.Count][];
        for (var g = 0; g < schools.Count; g++)
        {
            var values = new List<double> { 1 };
            if (settings.AdjustForContextIndex) values.AddRange([known[g] ?? mean, known[g] is null ? 1 : 0]);
            values.AddRange(types.Select(t => schools[g].Type == t ? 1.0 : 0.0));
            covariates[g] = values.ToArray();
        }
        return (columns, covariates);
    }
}
