using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// (d) Assessment marks above the journal marks (повысили) far more often than in the region: the school's share
/// of such works among works with both marks against the region's share, a z of proportions calibrated against the
/// region's schools. Marks below the journal (понизили, a lenient journal) are reported but raise the marker only
/// when <see cref="ObjectivitySettings.LenientJournalIsSign"/> is on.
/// </summary>
internal static class JournalMarker
{
    public static void Add(MarkerSink sink)
    {
        var frame = sink.Frame;
        var works = frame.Works;
        var n = sink.SchoolCount;
        var both = new int[n];
        var above = new int[n];
        var below = new int[n];
        int regionBoth = 0, regionAbove = 0, regionBelow = 0;
        for (var i = 0; i < works.Count; i++)
        {
            var s = frame.SchoolOfWork[i];
            var mark = works.Marks[i];
            var journal = works.JournalMarks[i];
            if (s < 0 || mark == 0 || journal == 0) continue;
            both[s]++;
            regionBoth++;
            if (mark > journal) { above[s]++; regionAbove++; }
            else if (mark < journal) { below[s]++; regionBelow++; }
        }
        if (regionBoth == 0) return;
        var regionAboveShare = (double)regionAbove / regionBoth;
        var regionBelowShare = (double)regionBelow / regionBoth;

        var aboveExcess = Excess(sink, both, above, regionAboveShare);
        var belowExcess = Excess(sink, both, below, regionBelowShare);
        var aboveZ = RegionCalibration.Calibrate(aboveExcess.Statistic, aboveExcess.Error);
        var belowZ = RegionCalibration.Calibrate(belowExcess.Statistic, belowExcess.Error);
        var settings = sink.Settings;
        for (var s = 0; s < n; s++)
        {
            if (double.IsNaN(aboveExcess.Statistic[s])) continue;
            var z = aboveZ.Z[s];
            var raised = z >= settings.JournalZ && aboveExcess.Statistic[s] >= settings.JournalMinimumExcess;
            var lenient = belowZ.Z[s] >= settings.JournalZ && belowExcess.Statistic[s] >= settings.JournalMinimumExcess;
            if (settings.LenientJournalIsSign && lenient && !raised)
            {
                z = belowZ.Z[s];
                raised = true;
            }
            sink.Add(s, MarkerKind.MarksAboveJournal, z, raised,
                new Evidence("school_above_journal_share", (double)above[s] / both[s]),
                new Evidence("region_above_journal_share", regionAboveShare),
                new Evidence("school_below_journal_share", (double)below[s] / both[s]),
                new Evidence("region_below_journal_share", regionBelowShare),
                new Evidence("below_journal_z", belowZ.Z[s]),
                new Evidence("works_with_journal", both[s]),
                new Evidence("region_works_with_journal", regionBoth),
                new Evidence("z", z));
        }
    }

    private static (double[] Statistic, double[] Error) Excess(MarkerSink sink, int[] both, int[] hits, double regionShare)
    {
        var statistic = sink.NewStatistic();
        var error = sink.NewStatistic();
        for (var s = 0; s < both.Length; s++)
        {
            if (!sink.Judged[s] || both[s] < Math.Max(2, sink.Settings.MinimumWorks)) continue;
            statistic[s] = (double)hits[s] / both[s] - regionShare;
            error[s] = Math.Sqrt(Math.Max(regionShare * (1 - regionShare), 1e-6) / both[s]);
        }
        return (statistic, error);
    }
}
