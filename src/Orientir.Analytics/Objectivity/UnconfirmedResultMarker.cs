using Orientir.Analytics.Indicators;
using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// (a) A high result not confirmed independently: the gap between the school's standardised mean in the judged
/// procedure and its standardised mean in the independent procedures of the same subject (the same year's ОГЭ/ЕГЭ or
/// an observed РПР of the school; the same students in the next grade's judged procedure a year later), pooled by
/// inverse variance and calibrated against the region's schools.
/// </summary>
internal static class UnconfirmedResultMarker
{
    public static void Add(MarkerSink sink, IReadOnlyList<ProcedureFrame> independent, ProcedureFrame? nextYear)
    {
        var frame = sink.Frame;
        var settings = sink.Settings;
        var n = sink.SchoolCount;
        var weightSum = new double[n];
        var weightedGap = new double[n];
        var independentWorks = new int[n];
        var independentSum = new double[n];

        foreach (var other in independent)
        {
            for (var s = 0; s < n; s++)
            {
                var m = other.WorkCount[s];
                if (!sink.Judged[s] || m < settings.UnconfirmedMinimumIndependentWorks) continue;
                var variance = 1.0 / frame.WorkCount[s] + 1.0 / m;
                Accumulate(s, frame.StandardisedMean[s] - other.StandardisedMean[s], variance, m, other.StandardisedMean[s] * m);
            }
        }
        if (nextYear is not null) AddSameStudents(sink, nextYear, Accumulate);

        var gap = sink.NewStatistic();
        var error = sink.NewStatistic();
        for (var s = 0; s < n; s++)
        {
            if (weightSum[s] <= 0) continue;
            gap[s] = weightedGap[s] / weightSum[s];
            error[s] = Math.Sqrt(1 / weightSum[s]);
        }
        var calibrated = RegionCalibration.Calibrate(gap, error);
        for (var s = 0; s < n; s++)
        {
            if (double.IsNaN(gap[s])) continue;
            var z = calibrated.Z[s];
            var result = frame.StandardisedMean[s];
            var raised = z >= settings.UnconfirmedZ && gap[s] >= settings.UnconfirmedMinimumGap && result >= settings.UnconfirmedMinimumResult;
            sink.Add(s, MarkerKind.UnconfirmedHighResult, z, raised,
                new Evidence("school_standardised_mean", result),
                new Evidence("independent_standardised_mean", independentSum[s] / independentWorks[s]),
                new Evidence("standardised_gap", gap[s]),
                new Evidence("region_median_gap", calibrated.Center),
                new Evidence("works", frame.WorkCount[s]),
                new Evidence("independent_works", independentWorks[s]),
                new Evidence("z", z));
        }

        void Accumulate(int s, double difference, double variance, int works, double standardisedSum)
        {
            weightSum[s] += 1 / variance;
            weightedGap[s] += difference / variance;
            independentWorks[s] += works;
            independentSum[s] += standardisedSum;
        }
    }

    private delegate void Accumulator(int school, double difference, double variance, int works, double standardisedSum);

    /// <summary>The same students a year later: their mean z now minus their mean z then, by the school of the judged work.</summary>
    private static void AddSameStudents(MarkerSink sink, ProcedureFrame nextYear, Accumulator accumulate)
    {
        var frame = sink.Frame;
        var keysNow = frame.Works.StudentKeys;
        var keysNext = nextYear.Works.StudentKeys;
        if (keysNow is null || keysNext is null) return;

        var zNext = new Dictionary<int, double>(keysNext.Length);
        for (var i = 0; i < keysNext.Length; i++)
            if (keysNext[i] != ProcedureWorks.NoStudent) zNext[keysNext[i]] = nextYear.Z(i);

        var n = sink.SchoolCount;
        var linked = new int[n];
        var sumNow = new double[n];
        var sumNext = new double[n];
        for (var i = 0; i < keysNow.Length; i++)
        {
            var s = frame.SchoolOfWork[i];
            if (s < 0 || !sink.Judged[s] || keysNow[i] == ProcedureWorks.NoStudent || !zNext.TryGetValue(keysNow[i], out var later)) continue;
            linked[s]++;
            sumNow[s] += frame.Z(i);
            sumNext[s] += later;
        }
        for (var s = 0; s < n; s++)
        {
            var m = linked[s];
            if (m < sink.Settings.UnconfirmedMinimumIndependentWorks) continue;
            // The same students' z a year apart correlate ≈ 0.7: the difference's variance is about 0.6 / m.
            accumulate(s, (sumNow[s] - sumNext[s]) / m, 0.6 / m, m, sumNext[s]);
        }
    }
}
