namespace Orientir.Analytics.Performance;

/// <summary>
/// The rows of a random-intercept model reduced, as they arrive, to what its likelihood needs per group: the count
/// n_j, X_jᵀX_j, X_jᵀ1, X_jᵀy_j, Σy and Σy². A fit then costs O(J·p²) per evaluation however many rows there were
/// (Raudenbush &amp; Bryk 2002, ch. 3: the same reduction behind their balanced-data formulas).
/// </summary>
public sealed class GroupedData
{
    private readonly double[] _crossProducts;
    private readonly double[] _columnSums;
    private readonly double[] _crossWithY;
    private readonly double[] _sumY;
    private readonly double[] _sumSquaresY;
    private readonly int[] _counts;

    /// <param name="columnNames">The fixed-effect columns in order, the intercept (if any) among them as the caller adds it.</param>
    /// <param name="groupCount">Groups are numbered 0 .. groupCount − 1.</param>
    public GroupedData(IReadOnlyList<string> columnNames, int groupCount)
    {
        if (columnNames.Count == 0) throw new ArgumentException("A model needs at least one fixed-effect column.", nameof(columnNames));
        ArgumentOutOfRangeException.ThrowIfNegative(groupCount);
        ColumnNames = columnNames;
        GroupCount = groupCount;
        var p = columnNames.Count;
        _crossProducts = new double[groupCount * p * p];
        _columnSums = new double[groupCount * p];
        _crossWithY = new double[groupCount * p];
        _sumY = new double[groupCount];
        _sumSquaresY = new double[groupCount];
        _counts = new int[groupCount];
    }

    public IReadOnlyList<string> ColumnNames { get; }
    public int ColumnCount => ColumnNames.Count;
    public int GroupCount { get; }
    public long Observations { get; private set; }

    public int CountOf(int group) => _counts[group];

    /// <summary>Adds one row: its group, its fixed-effect covariates <paramref name="x"/> (one per column) and its response.</summary>
    public void Add(int group, ReadOnlySpan<double> x, double y)
    {
        var p = ColumnCount;
        if (x.Length != p) throw new ArgumentException($"A row has {x.Length} covariates; the model has {p} columns.", nameof(x));
        if ((uint)group >= (uint)GroupCount) throw new ArgumentOutOfRangeException(nameof(group));
        if (!double.IsFinite(y)) throw new ArgumentException("The response is not a finite number.", nameof(y));
        var cross = _crossProducts.AsSpan(group * p * p, p * p);
        var sums = _columnSums.AsSpan(group * p, p);
        var withY = _crossWithY.AsSpan(group * p, p);
        for (var a = 0; a < p; a++)
        {
            var xa = x[a];
            if (!double.IsFinite(xa)) throw new ArgumentException($"Covariate '{ColumnNames[a]}' is not a finite number.", nameof(x));
            sums[a] += xa;
            withY[a] += xa * y;
            var row = cross.Slice(a * p, p);
            for (var b = a; b < p; b++) row[b] += xa * x[b];
        }
        _sumY[group] += y;
        _sumSquaresY[group] += y * y;
        _counts[group]++;
        Observations++;
    }

    /// <summary>The same rows with only the given columns (in the given order): the statistics are per column pair, so nothing is re-read.</summary>
    public GroupedData Select(IReadOnlyList<int> columns)
    {
        var p = ColumnCount;
        var q = columns.Count;
        var names = new string[q];
        for (var a = 0; a < q; a++) names[a] = ColumnNames[columns[a]];
        var selected = new GroupedData(names, GroupCount) { Observations = Observations };
        for (var g = 0; g < GroupCount; g++)
        {
            for (var a = 0; a < q; a++)
            {
                var ca = columns[a];
                selected._columnSums[g * q + a] = _columnSums[g * p + ca];
                selected._crossWithY[g * q + a] = _crossWithY[g * p + ca];
                for (var b = a; b < q; b++)
                {
                    var cb = columns[b];
                    var (lo, hi) = ca <= cb ? (ca, cb) : (cb, ca);
                    selected._crossProducts[g * q * q + a * q + b] = _crossProducts[g * p * p + lo * p + hi];
                }
            }
            selected._sumY[g] = _sumY[g];
            selected._sumSquaresY[g] = _sumSquaresY[g];
            selected._counts[g] = _counts[g];
        }
        return selected;
    }

    /// <summary>
    /// The columns that are (numerically) linear combinations of earlier ones, by a pivot-free Cholesky of the
    /// scaled XᵀX: a column whose remaining variance is below <paramref name="tolerance"/> of its own adds nothing.
    /// </summary>
    public IReadOnlyList<int> DependentColumns(double tolerance = 1e-10)
    {
        var p = ColumnCount;
        var total = TotalCrossProducts();
        var dependent = new List<int>();
        var factor = new double[p * p];
        var kept = new List<int>();
        for (var c = 0; c < p; c++)
        {
            var diagonal = total[c * p + c];
            if (diagonal <= 0) { dependent.Add(c); continue; }
            var remaining = diagonal;
            var row = new double[kept.Count];
            for (var k = 0; k < kept.Count; k++)
            {
                var s = total[kept[k] * p + c];
                for (var m = 0; m < k; m++) s -= factor[k * p + m] * row[m];
                row[k] = s / factor[k * p + k];
                remaining -= row[k] * row[k];
            }
            if (remaining <= tolerance * diagonal) { dependent.Add(c); continue; }
            var index = kept.Count;
            for (var m = 0; m < index; m++) factor[index * p + m] = row[m];
            factor[index * p + index] = Math.Sqrt(remaining);
            kept.Add(c);
        }
        return dependent;
    }

    /// <summary>Σ_j X_jᵀX_j as a full p × p row-major matrix.</summary>
    internal double[] TotalCrossProducts()
    {
        var p = ColumnCount;
        var total = new double[p * p];
        for (var g = 0; g < GroupCount; g++)
        for (var a = 0; a < p; a++)
        for (var b = a; b < p; b++)
            total[a * p + b] += _crossProducts[g * p * p + a * p + b];
        for (var a = 0; a < p; a++)
        for (var b = 0; b < a; b++)
            total[a * p + b] = total[b * p + a];
        return total;
    }

    internal double[] TotalCrossWithY()
    {
        var p = ColumnCount;
        var total = new double[p];
        for (var g = 0; g < GroupCount; g++)
        for (var a = 0; a < p; a++)
            total[a] += _crossWithY[g * p + a];
        return total;
    }

    internal ReadOnlySpan<double> ColumnSumsOf(int group) => _columnSums.AsSpan(group * ColumnCount, ColumnCount);
    internal double SumYOf(int group) => _sumY[group];

    internal double TotalSumSquaresY()
    {
        var total = 0.0;
        foreach (var s in _sumSquaresY) total += s;
        return total;
    }
}
