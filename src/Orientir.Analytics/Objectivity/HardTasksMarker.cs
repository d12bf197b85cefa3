using Orientir.Analytics.Schools;
using Orientir.Analytics.Statistics;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// (b) Hard tasks done better than easy ones relative to the region. On the logit scale a school's deviation from
/// the region, logit(school success) − logit(region success), is about the same on every task of an honest school —
/// a strong school is strong everywhere (the Rasch/2PL view of a school's shift in ability). The statistic is the
/// mean deviation on advanced and high tasks minus the mean deviation on basic tasks.
/// </summary>
internal static class HardTasksMarker
{
    public static void Add(MarkerSink sink)
    {
        var frame = sink.Frame;
        var works = frame.Works;
        var tasks = works.Design.Tasks;
        var taskCount = tasks.Count;
        var hard = new bool[taskCount];
        int hardCount = 0, basicCount = 0;
        for (var t = 0; t < taskCount; t++)
        {
            hard[t] = tasks[t].Level != TaskLevel.Basic;
            if (hard[t]) hardCount++; else basicCount++;
        }
        if (hardCount == 0 || basicCount == 0) return;

        var n = sink.SchoolCount;
        var sums = new long[n * taskCount];
        var regionSums = new long[taskCount];
        var scores = works.Scores;
        for (var i = 0; i < works.Count; i++)
        {
            var s = frame.SchoolOfWork[i];
            if (s < 0) continue;
            var row = i * taskCount;
            var target = s * taskCount;
            for (var t = 0; t < taskCount; t++)
            {
                var score = scores[row + t];
                if (score == 255) continue;
                sums[target + t] += score;
                regionSums[t] += score;
            }
        }

        var regionLogit = new double[taskCount];
        double regionHard = 0, regionBasic = 0;
        for (var t = 0; t < taskCount; t++)
        {
            var success = regionSums[t] / ((double)frame.RegionWorks * tasks[t].MaxScore);
            regionLogit[t] = Descriptive.Logit(success);
            if (hard[t]) regionHard += success / hardCount; else regionBasic += success / basicCount;
        }

        var statistic = sink.NewStatistic();
        var error = sink.NewStatistic();
        var schoolHard = new double[n];
        var schoolBasic = new double[n];
        var gapHard = new double[n];
        var gapBasic = new double[n];
        for (var s = 0; s < n; s++)
        {
            if (!sink.Judged[s]) continue;
            double varianceHard = 0, varianceBasic = 0;
            for (var t = 0; t < taskCount; t++)
            {
                double points = frame.WorkCount[s] * tasks[t].MaxScore;
                // Half a point each way keeps the logit finite for a task every work got right or wrong.
                var success = (sums[s * taskCount + t] + 0.5) / (points + 1);
                var deviation = Math.Log(success / (1 - success)) - regionLogit[t];
                var variance = 1 / (points * success * (1 - success));
                var plain = sums[s * taskCount + t] / points;
                if (hard[t])
                {
                    gapHard[s] += deviation / hardCount;
                    varianceHard += variance;
                    schoolHard[s] += plain / hardCount;
                }
                else
                {
                    gapBasic[s] += deviation / basicCount;
                    varianceBasic += variance;
                    schoolBasic[s] += plain / basicCount;
                }
            }
            statistic[s] = gapHard[s] - gapBasic[s];
            error[s] = Math.Sqrt(varianceHard / (hardCount * hardCount) + varianceBasic / (basicCount * basicCount));
        }

        var calibrated = RegionCalibration.Calibrate(statistic, error);
        var settings = sink.Settings;
        for (var s = 0; s < n; s++)
        {
            if (double.IsNaN(statistic[s])) continue;
            var z = calibrated.Z[s];
            var raised = z >= settings.HardTasksZ && statistic[s] >= settings.HardTasksMinimumLogitGap;
            sink.Add(s, MarkerKind.HardTasksBetterThanBasic, z, raised,
                new Evidence("school_hard_success", schoolHard[s]),
                new Evidence("region_hard_success", regionHard),
                new Evidence("school_basic_success", schoolBasic[s]),
                new Evidence("region_basic_success", regionBasic),
                new Evidence("hard_logit_deviation", gapHard[s]),
                new Evidence("basic_logit_deviation", gapBasic[s]),
                new Evidence("logit_gap", statistic[s]),
                new Evidence("region_median_logit_gap", calibrated.Center),
                new Evidence("works", frame.WorkCount[s]),
                new Evidence("z", z));
        }
    }
}
