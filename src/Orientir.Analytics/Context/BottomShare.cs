namespace Orientir.Analytics.Context;

/// <summary>The bottom share of a region and percentile ranks, shared by ШНСУ and ШНОР.</summary>
public static class BottomShare
{
    /// <summary>
    /// The cut-off of the bottom <paramref name="share"/>: the k-th smallest value, k = max(1, round(share · n)).
    /// A value at or below it is in the bottom, so schools tied at the cut-off are all in (never split by input order)
    /// and the list can be a little longer than the share.
    /// </summary>
    public static double CutOff(ReadOnlySpan<double> values, double share)
    {
        if (values.IsEmpty) return double.NaN;
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var k = Math.Clamp((int)Math.Round(share * sorted.Length, MidpointRounding.AwayFromZero), 1, sorted.Length);
        return sorted[k - 1];
    }

    /// <summary>Percentile ranks 0–100, mid-rank for ties: 100 · (rank − 0.5) / n.</summary>
    public static double[] Percentiles(ReadOnlySpan<double> values)
    {
        var ranks = Statistics.Descriptive.Ranks(values);
        for (var i = 0; i < ranks.Length; i++) ranks[i] = 100 * (ranks[i] - 0.5) / ranks.Length;
        return ranks;
    }
}
