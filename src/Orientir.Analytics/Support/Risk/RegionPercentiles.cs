namespace Orientir.Analytics.Support.Risk;

/// <summary>
/// A measure's distribution over the region's schools. Cut values are linear-interpolation quantiles (R type 7) and a
/// school's percentile is the position of its value among the sorted values, (last index of the value) / (n − 1), the
/// exact inverse of those quantiles: a value is at or above the cut at p exactly when its percentile is at least p.
/// </summary>
public sealed class RegionPercentiles
{
    private readonly double[] sorted;

    public RegionPercentiles(IEnumerable<double> values)
    {
        sorted = values.Where(double.IsFinite).Order().ToArray();
    }

    /// <summary>A percentile needs at least two schools to compare.</summary>
    public bool Comparable => sorted.Length >= 2;

    public int Count => sorted.Length;

    /// <summary>The region's value at percentile <paramref name="p"/> (0–1).</summary>
    public double Cut(double p)
    {
        if (sorted.Length == 0) throw new InvalidOperationException("No values.");
        var h = (sorted.Length - 1) * Math.Clamp(p, 0, 1);
        var low = (int)Math.Floor(h);
        return low + 1 >= sorted.Length ? sorted[low] : sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    /// <summary>The percentile (0–1) of <paramref name="value"/>: the share of the other schools' values it is at or above.</summary>
    public double Percentile(double value)
    {
        if (!Comparable) throw new InvalidOperationException("Fewer than two values.");
        var atOrBelow = UpperBound(value);
        return atOrBelow == 0 ? 0 : (double)(atOrBelow - 1) / (sorted.Length - 1);
    }

    private int UpperBound(double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] <= value) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
