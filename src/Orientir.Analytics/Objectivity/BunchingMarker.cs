using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// (c) Primary scores bunched at the mark thresholds: of a school's works that score within the window
/// {T − k, …, T} of a threshold T, the share at T itself, against the share the region's kernel-smoothed score
/// distribution expects there (the counterfactual density of the bunching literature: the smooth curve through the
/// region's counts says how many works an honest school has at T rather than just below it). Pooled over the three
/// thresholds as a binomial excess.
/// </summary>
internal static class BunchingMarker
{
    public static void Add(MarkerSink sink)
    {
        var frame = sink.Frame;
        var works = frame.Works;
        var thresholds = works.Design.Thresholds;
        if (thresholds is null) return;
        var settings = sink.Settings;
        var window = Math.Max(1, settings.BunchingWindow);
        int[] marks = [thresholds.Mark3, thresholds.Mark4, thresholds.Mark5];
        var maxScore = works.Design.MaxScore;
        var m = marks.Length;

        var n = sink.SchoolCount;
        var regionCounts = new double[maxScore + 1];
        var atThreshold = new int[n * m];
        var inWindow = new int[n * m];
        for (var i = 0; i < works.Count; i++)
        {
            var s = frame.SchoolOfWork[i];
            if (s < 0) continue;
            var score = works.PrimaryScores[i];
            if (score < 0 || score > maxScore) continue;
            regionCounts[score]++;
            for (var j = 0; j < m; j++)
            {
                if (score > marks[j] || score < marks[j] - window) continue;
                inWindow[s * m + j]++;
                if (score == marks[j]) atThreshold[s * m + j]++;
            }
        }

        var smooth = Smooth(regionCounts, settings.BunchingBandwidth);
        var expectedShare = new double[m];
        for (var j = 0; j < m; j++)
        {
            double total = 0;
            for (var score = Math.Max(0, marks[j] - window); score <= marks[j]; score++) total += smooth[score];
            expectedShare[j] = total > 0 && marks[j] <= maxScore ? smooth[marks[j]] / total : double.NaN;
        }

        var statistic = sink.NewStatistic();
        var error = sink.NewStatistic();
        var observedShare = new double[n];
        var expected = new double[n];
        var windowWorks = new int[n];
        for (var s = 0; s < n; s++)
        {
            if (!sink.Judged[s]) continue;
            double observed = 0, expectation = 0, variance = 0;
            var total = 0;
            for (var j = 0; j < m; j++)
            {
                if (double.IsNaN(expectedShare[j])) continue;
                var count = inWindow[s * m + j];
                total += count;
                observed += atThreshold[s * m + j];
                expectation += count * expectedShare[j];
                variance += count * expectedShare[j] * (1 - expectedShare[j]);
            }
            if (total == 0) continue;
            windowWorks[s] = total;
            observedShare[s] = observed / total;
            expected[s] = expectation / total;
            statistic[s] = (observed - expectation) / total;
            error[s] = Math.Sqrt(variance) / total;
        }

        var calibrated = RegionCalibration.Calibrate(statistic, error);
        for (var s = 0; s < n; s++)
        {
            if (double.IsNaN(statistic[s])) continue;
            var z = calibrated.Z[s];
            var raised = z >= settings.BunchingZ && statistic[s] >= settings.BunchingMinimumExcess;
            sink.Add(s, MarkerKind.ThresholdBunching, z, raised,
                new Evidence("school_share_at_threshold", observedShare[s]),
                new Evidence("expected_share_at_threshold", expected[s]),
                new Evidence("excess_share_at_threshold", statistic[s]),
                new Evidence("region_median_excess", calibrated.Center),
                new Evidence("works_in_windows", windowWorks[s]),
                new Evidence("works", frame.WorkCount[s]),
                new Evidence("z", z));
        }
    }

    /// <summary>Nadaraya–Watson smoothing of the counts with a Gaussian kernel.</summary>
    internal static double[] Smooth(double[] counts, double bandwidth)
    {
        var smooth = new double[counts.Length];
        var h = Math.Max(0.1, bandwidth);
        var reach = (int)Math.Ceiling(4 * h);
        for (var x = 0; x < counts.Length; x++)
        {
            double weighted = 0, weights = 0;
            for (var y = Math.Max(0, x - reach); y <= Math.Min(counts.Length - 1, x + reach); y++)
            {
                var w = Math.Exp(-0.5 * (x - y) * (x - y) / (h * h));
                weighted += w * counts[y];
                weights += w;
            }
            smooth[x] = weights > 0 ? weighted / weights : 0;
        }
        return smooth;
    }
}
