namespace Orientir.Analytics.Statistics;

/// <summary>The few descriptive statistics every school method needs, over spans, without allocation where it matters.</summary>
public static class Descriptive
{
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return double.NaN;
        var sum = 0.0;
        foreach (var v in values) sum += v;
        return sum / values.Length;
    }

    /// <summary>Sample standard deviation (n − 1).</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.Length < 2) return double.NaN;
        var mean = Mean(values);
        var sum = 0.0;
        foreach (var v in values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (values.Length - 1));
    }

    /// <summary>The <paramref name="p"/>-quantile by linear interpolation between order statistics (R's type 7).</summary>
    public static double Quantile(ReadOnlySpan<double> values, double p)
    {
        if (values.IsEmpty) return double.NaN;
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return SortedQuantile(sorted, p);
    }

    public static double SortedQuantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty) return double.NaN;
        var h = (sorted.Length - 1) * Math.Clamp(p, 0, 1);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double Median(ReadOnlySpan<double> values) => Quantile(values, 0.5);

    /// <summary>Median absolute deviation scaled by 1.4826, so it estimates the SD of a normal sample.</summary>
    public static double Mad(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return double.NaN;
        var median = Median(values);
        var deviations = new double[values.Length];
        for (var i = 0; i < values.Length; i++) deviations[i] = Math.Abs(values[i] - median);
        return 1.4826 * Median(deviations);
    }

    /// <summary>Ranks 1..n with ties given their average rank.</summary>
    public static double[] Ranks(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var copy = values.ToArray();
        Array.Sort(copy, order);
        var ranks = new double[values.Length];
        for (var i = 0; i < copy.Length;)
        {
            var j = i;
            while (j + 1 < copy.Length && copy[j + 1] == copy[i]) j++;
            var rank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) ranks[order[k]] = rank;
            i = j + 1;
        }
        return ranks;
    }

    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("The samples differ in length.");
        var mx = Mean(x);
        var my = Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Pearson(Ranks(x), Ranks(y));

    /// <summary>The logit of a share in (0, 1), the share first kept <paramref name="epsilon"/> away from 0 and 1.</summary>
    public static double Logit(double share, double epsilon = 1e-3)
    {
        var p = Math.Clamp(share, epsilon, 1 - epsilon);
        return Math.Log(p / (1 - p));
    }
}
