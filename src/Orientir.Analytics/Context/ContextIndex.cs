using MathNet.Numerics.LinearAlgebra;
using Orientir.Analytics.Schools;
using Orientir.Analytics.Statistics;
using Orientir.Domain.Registry;

namespace Orientir.Analytics.Context;

/// <summary>
/// The social context index (ИСБШ) of domain.md §4.2: each passport share turned into a logit, standardised over the
/// region with its documented sign (higher = better off), clipped, and combined by the first principal component or
/// by fixed weights as a weighted mean over the components a school reported. The bottom share is ШНСУ; programme
/// group × context band is the cluster of comparable schools. Formulas and defaults: docs/methodology.md §4.1.
/// </summary>
public static class ContextIndex
{
    public const int ComponentCount = 7;

    /// <summary>The documented directions: only the share of parents with higher education rises with well-being.</summary>
    public static readonly int[] Signs = [+1, -1, -1, -1, -1, -1, -1];

    public static ContextIndexResult Compute(IReadOnlyList<SchoolProfile> schools, ContextIndexSettings settings)
    {
        if (settings.FixedWeights.Count != ComponentCount)
            throw new ArgumentException($"FixedWeights needs {ComponentCount} weights, one per passport share.", nameof(settings));

        var n = schools.Count;
        var z = Standardised(schools, settings, out var means, out var sds, out var counts);
        var (weighting, weights) = Weights(z, n, settings, sds);

        var index = new double?[n];
        var used = new int[n];
        for (var s = 0; s < n; s++)
        {
            double sum = 0, weightSum = 0;
            for (var c = 0; c < ComponentCount; c++)
            {
                var value = z[s * ComponentCount + c];
                if (double.IsNaN(value) || weights[c] <= 0) continue;
                sum += weights[c] * value;
                weightSum += weights[c];
                used[s]++;
            }
            if (used[s] >= settings.MinimumComponents && weightSum > 0) index[s] = sum / weightSum;
        }

        var indexed = new List<int>(n);
        for (var s = 0; s < n; s++) if (index[s] is not null) indexed.Add(s);
        var indexValues = new double[indexed.Count];
        for (var i = 0; i < indexed.Count; i++) indexValues[i] = index[indexed[i]]!.Value;
        var percentiles = BottomShare.Percentiles(indexValues);
        double? threshold = indexed.Count > 0 ? BottomShare.CutOff(indexValues, settings.UnfavourableShare) : null;

        var percentileOf = new double?[n];
        for (var i = 0; i < indexed.Count; i++) percentileOf[indexed[i]] = percentiles[i];

        var result = new SchoolContext[n];
        for (var s = 0; s < n; s++)
        {
            var school = schools[s];
            var group = settings.ProgrammeGroups.TryGetValue(school.Type, out var g) ? g : school.Type.ToString().ToLowerInvariant();
            var evidence = new List<Evidence>
            {
                new("context_components_used", used[s]),
                new("context_minimum_components", settings.MinimumComponents),
            };
            if (index[s] is not { } value)
            {
                evidence.Add(new("context_insufficient_data", 1));
                result[s] = new SchoolContext(school.SchoolId, null, null, false, null, group, null, used[s], evidence);
                continue;
            }
            var percentile = percentileOf[s]!.Value;
            var band = Math.Min(settings.BandCount, (int)Math.Floor(percentile / 100 * settings.BandCount) + 1);
            var unfavourable = value <= threshold!.Value;
            evidence.Add(new("context_index", value));
            evidence.Add(new("context_percentile", percentile));
            evidence.Add(new("context_unfavourable_threshold", threshold.Value));
            evidence.Add(new("context_unfavourable_share", 100 * settings.UnfavourableShare));
            evidence.Add(new("context_band", band));
            for (var c = 0; c < ComponentCount; c++)
            {
                var zc = z[s * ComponentCount + c];
                if (double.IsNaN(zc) || weights[c] <= 0) continue;
                var key = ComponentKey((PassportComponent)c);
                evidence.Add(new(key, ShareOf(school.Passport, c)!.Value));
                evidence.Add(new(key + "_z", zc));
            }
            result[s] = new SchoolContext(school.SchoolId, value, percentile, unfavourable, band, group, $"{group}-{band}", used[s], evidence);
        }

        var weightRecords = new ContextComponentWeight[ComponentCount];
        for (var c = 0; c < ComponentCount; c++)
            weightRecords[c] = new ContextComponentWeight((PassportComponent)c, Signs[c], weights[c], means[c], sds[c], counts[c]);
        return new ContextIndexResult(weighting, weightRecords, threshold, result);
    }

    /// <summary>The evidence key of a component's share, e.g. <c>passport_low_income</c> (its standardised value adds <c>_z</c>).</summary>
    public static string ComponentKey(PassportComponent component) => component switch
    {
        PassportComponent.BothParentsHigherEducation => "passport_both_parents_higher_education",
        PassportComponent.SingleParent => "passport_single_parent",
        PassportComponent.UnemployedParents => "passport_unemployed_parents",
        PassportComponent.LowIncome => "passport_low_income",
        PassportComponent.NonNativeRussian => "passport_non_native_russian",
        PassportComponent.Disabilities => "passport_disabilities",
        _ => "passport_registered",
    };

    private static double? ShareOf(SocialPassport passport, int component) => component switch
    {
        0 => passport.BothParentsHigherEducation,
        1 => passport.SingleParent,
        2 => passport.UnemployedParents,
        3 => passport.LowIncome,
        4 => passport.NonNativeRussian,
        5 => passport.Disabilities,
        _ => passport.Registered,
    };

    /// <summary>Signed, standardised, clipped components, school-major; NaN where a school did not report a share.</summary>
    private static double[] Standardised(IReadOnlyList<SchoolProfile> schools, ContextIndexSettings settings,
        out double[] means, out double[] sds, out int[] counts)
    {
        var n = schools.Count;
        var z = new double[n * ComponentCount];
        means = new double[ComponentCount];
        sds = new double[ComponentCount];
        counts = new int[ComponentCount];
        var column = new List<double>(n);
        for (var c = 0; c < ComponentCount; c++)
        {
            column.Clear();
            for (var s = 0; s < n; s++)
            {
                var share = ShareOf(schools[s].Passport, c);
                var ignored = settings.IgnoreDisabilitiesInSpecialSchools && c == (int)PassportComponent.Disabilities
                    && schools[s].Type == SchoolType.Special;
                var value = share is not { } p || ignored ? double.NaN
                    : settings.LogitTransform ? Descriptive.Logit(p / 100, settings.LogitFloorPercent / 100) : p;
                z[s * ComponentCount + c] = value;
                if (!double.IsNaN(value)) column.Add(value);
            }
            var values = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(column);
            means[c] = Descriptive.Mean(values);
            sds[c] = Descriptive.StandardDeviation(values);
            counts[c] = column.Count;
            var usable = sds[c] > 0;
            for (var s = 0; s < n; s++)
            {
                ref var cell = ref z[s * ComponentCount + c];
                cell = usable && !double.IsNaN(cell)
                    ? Math.Clamp(Signs[c] * (cell - means[c]) / sds[c], -settings.ClipSd, settings.ClipSd)
                    : double.NaN;
            }
        }
        return z;
    }

    private static (ContextWeighting, double[]) Weights(double[] z, int n, ContextIndexSettings settings, double[] sds)
    {
        var usable = new bool[ComponentCount];
        for (var c = 0; c < ComponentCount; c++) usable[c] = sds[c] > 0;

        if (settings.Weighting == ContextWeighting.FirstPrincipalComponent
            && FirstPrincipalComponent(z, n, usable, settings.MinimumCompleteCases) is { } loadings)
            return (ContextWeighting.FirstPrincipalComponent, loadings);

        var weights = new double[ComponentCount];
        var sum = 0.0;
        for (var c = 0; c < ComponentCount; c++)
            if (usable[c]) sum += weights[c] = Math.Abs(settings.FixedWeights[c]);
        if (sum > 0) for (var c = 0; c < ComponentCount; c++) weights[c] /= sum;
        return (ContextWeighting.FixedWeights, weights);
    }

    /// <summary>
    /// The leading eigenvector of the complete cases' correlation matrix, oriented so its loadings sum above zero;
    /// a loading against its component's documented sign is set to 0 (a component may not push the index the wrong
    /// way); the rest are scaled to sum to 1. Null with too few complete cases.
    /// </summary>
    private static double[]? FirstPrincipalComponent(double[] z, int n, bool[] usable, int minimumCases)
    {
        var columns = new List<int>();
        for (var c = 0; c < ComponentCount; c++) if (usable[c]) columns.Add(c);
        if (columns.Count < 2) return null;

        var cases = new List<int>();
        for (var s = 0; s < n; s++)
        {
            var complete = true;
            foreach (var c in columns) complete &= !double.IsNaN(z[s * ComponentCount + c]);
            if (complete) cases.Add(s);
        }
        if (cases.Count < Math.Max(minimumCases, columns.Count + 1)) return null;

        var k = columns.Count;
        var data = new double[k][];
        for (var j = 0; j < k; j++)
        {
            data[j] = new double[cases.Count];
            for (var i = 0; i < cases.Count; i++) data[j][i] = z[cases[i] * ComponentCount + columns[j]];
        }
        var correlation = Matrix<double>.Build.Dense(k, k, (a, b) => a == b ? 1 : Descriptive.Pearson(data[a], data[b]));
        if (correlation.Enumerate().Any(double.IsNaN)) return null;
        var evd = correlation.Evd(Symmetricity.Symmetric);
        var leading = 0;
        for (var j = 1; j < k; j++) if (evd.EigenValues[j].Real > evd.EigenValues[leading].Real) leading = j;
        var vector = evd.EigenVectors.Column(leading);
        if (vector.Sum() < 0) vector = -vector;

        var weights = new double[ComponentCount];
        var sum = 0.0;
        for (var j = 0; j < k; j++) sum += weights[columns[j]] = Math.Max(0, vector[j]);
        if (sum <= 0) return null;
        for (var c = 0; c < ComponentCount; c++) weights[c] /= sum;
        return weights;
    }
}
