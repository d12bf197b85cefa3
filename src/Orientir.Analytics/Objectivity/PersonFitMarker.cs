using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// (e) Abnormal answer patterns: the standardised log-likelihood person-fit statistic lz (Drasgow, Levine &amp;
/// Williams 1985) of each work, every score point of a task taken as a Bernoulli trial whose probability is the
/// region's success on that task among works of the same primary score (so no model has to be fitted, and a
/// strong school's works are compared with equally strong works). A work whose hard points come without the
/// easy ones has a low lz. The statistic is the school's share of works with lz below the cut against the
/// region's share; the evidence adds the within-school SD of scores against the region's median school (uniformity).
/// </summary>
internal static class PersonFitMarker
{
    private const double Floor = 0.01;

    public static void Add(MarkerSink sink)
    {
        var frame = sink.Frame;
        var works = frame.Works;
        var tasks = works.Design.Tasks;
        var taskCount = tasks.Count;
        var maxScore = works.Design.MaxScore;
        var bands = maxScore + 1;
        var maxima = new int[taskCount];
        for (var t = 0; t < taskCount; t++) maxima[t] = tasks[t].MaxScore;

        var bandSums = new double[bands * taskCount];
        var bandCounts = new int[bands];
        var scores = works.Scores;
        for (var i = 0; i < works.Count; i++)
        {
            var band = works.PrimaryScores[i];
            if (frame.SchoolOfWork[i] < 0 || band < 0 || band >= bands) continue;
            bandCounts[band]++;
            var row = i * taskCount;
            for (var t = 0; t < taskCount; t++)
            {
                var score = scores[row + t];
                if (score != 255) bandSums[band * taskCount + t] += score;
            }
        }
        var probability = new double[bands * taskCount];
        for (var b = 0; b < bands; b++)
            for (var t = 0; t < taskCount; t++)
                probability[b * taskCount + t] = bandCounts[b] > 0
                    ? Math.Clamp(bandSums[b * taskCount + t] / (bandCounts[b] * maxima[t]), Floor, 1 - Floor)
                    : 0.5;

        var n = sink.SchoolCount;
        var fitted = new int[n];
        var misfits = new int[n];
        var lzSum = new double[n];
        int regionFitted = 0, regionMisfits = 0;
        double regionLzSum = 0;
        var cut = sink.Settings.PersonFitCut;
        for (var i = 0; i < works.Count; i++)
        {
            var s = frame.SchoolOfWork[i];
            var band = works.PrimaryScores[i];
            if (s < 0 || band <= 0 || band >= maxScore) continue;
            double logLikelihood = 0, expected = 0, variance = 0;
            var row = i * taskCount;
            var p0 = band * taskCount;
            for (var t = 0; t < taskCount; t++)
            {
                var score = scores[row + t];
                var x = score == 255 ? 0 : score;
                var p = probability[p0 + t];
                var logP = Math.Log(p);
                var logQ = Math.Log(1 - p);
                var m = maxima[t];
                logLikelihood += x * logP + (m - x) * logQ;
                expected += m * (p * logP + (1 - p) * logQ);
                var logit = logP - logQ;
                variance += m * p * (1 - p) * logit * logit;
            }
            if (variance <= 0) continue;
            var lz = (logLikelihood - expected) / Math.Sqrt(variance);
            fitted[s]++;
            lzSum[s] += lz;
            regionFitted++;
            regionLzSum += lz;
            if (lz < cut) { misfits[s]++; regionMisfits++; }
        }
        if (regionFitted == 0) return;
        var regionShare = (double)regionMisfits / regionFitted;

        var statistic = sink.NewStatistic();
        var error = sink.NewStatistic();
        var sd = sink.NewStatistic();
        for (var s = 0; s < n; s++)
        {
            sd[s] = sink.Judged[s] ? frame.StandardisedSd[s] : double.NaN;
            if (!sink.Judged[s] || fitted[s] == 0) continue;
            statistic[s] = (double)misfits[s] / fitted[s] - regionShare;
            error[s] = Math.Sqrt(Math.Max(regionShare * (1 - regionShare), 1e-6) / fitted[s]);
        }
        var regionMedianSd = MedianOf(sd);
        var calibrated = RegionCalibration.Calibrate(statistic, error);
        var settings = sink.Settings;
        for (var s = 0; s < n; s++)
        {
            if (double.IsNaN(statistic[s])) continue;
            var z = calibrated.Z[s];
            var raised = z >= settings.PersonFitZ && statistic[s] >= settings.PersonFitMinimumExcess;
            sink.Add(s, MarkerKind.PersonMisfit, z, raised,
                new Evidence("school_misfit_share", (double)misfits[s] / fitted[s]),
                new Evidence("region_misfit_share", regionShare),
                new Evidence("school_mean_lz", lzSum[s] / fitted[s]),
                new Evidence("region_mean_lz", regionLzSum / regionFitted),
                new Evidence("school_score_sd", sd[s]),
                new Evidence("region_median_school_score_sd", regionMedianSd),
                new Evidence("fitted_works", fitted[s]),
                new Evidence("works", frame.WorkCount[s]),
                new Evidence("z", z));
        }
    }

    private static double MedianOf(double[] values)
    {
        var present = new List<double>(values.Length);
        foreach (var v in values) if (!double.IsNaN(v)) present.Add(v);
        return present.Count > 0 ? Statistics.Descriptive.Median(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(present)) : double.NaN;
    }
}
