using Orientir.Analytics.Indicators;
using Orientir.Analytics.Statistics;
using Orientir.Domain.Results;

namespace Orientir.Analytics.LowResults;

/// <summary>
/// The components of one key procedure: per school (by position in the school list) the share of fails and the mean
/// percent of the maximum, and their z over the schools with enough participants (NaN for the others).
/// </summary>
internal sealed class KeyResults
{
    public required ProcedureDesign Design { get; init; }
    public required double Weight { get; init; }
    public required bool Independent { get; init; }
    /// <summary>Taken from the schools' aggregates: the procedure has no works.</summary>
    public required bool FromAggregates { get; init; }
    public required int[] Participants { get; init; }
    public required double[] FailShare { get; init; }
    public required double[] FailZ { get; init; }
    public required double[] MeanPercent { get; init; }
    public required double[] MeanZ { get; init; }

    /// <summary>One pass over the works: counts per school, then the measures of the schools with enough works.</summary>
    public static KeyResults Of(ProcedureWorks works, double weight, bool independent, Dictionary<int, int> schoolIndex, int minimumParticipants, bool failLogit)
    {
        var n = schoolIndex.Count;
        var design = works.Design;
        var count = new int[n];
        var fails = new int[n];
        var marked = new int[n];
        var scoreSum = new long[n];
        var failBelow = design.Kind == ProcedureKind.Ege ? design.MinScore ?? design.Thresholds?.Mark3 : design.Thresholds?.Mark3;
        var ids = works.SchoolIds;
        var primary = works.PrimaryScores;
        var marks = works.Marks;
        for (var i = 0; i < ids.Length; i++)
        {
            if (!schoolIndex.TryGetValue(ids[i], out var s)) continue;
            count[s]++;
            scoreSum[s] += primary[i];
            if (failBelow is { } minimum)
            {
                marked[s]++;
                if (primary[i] < minimum) fails[s]++;
            }
            else if (marks[i] != 0)
            {
                marked[s]++;
                if (marks[i] == 2) fails[s]++;
            }
        }

        var meanPercent = Filled(n);
        for (var s = 0; s < n; s++)
            if (count[s] > 0 && design.MaxScore > 0) meanPercent[s] = 100.0 * scoreSum[s] / count[s] / design.MaxScore;
        return Measures(design, weight, independent, count, fails, marked, meanPercent, minimumParticipants, failLogit, fromAggregates: false);
    }

    /// <summary>
    /// The same components from a procedure's per-school forms, for a procedure without works (docs/methodology.md
    /// «Aggregated results»): fails are the share of "2" (ЕГЭ: the number below the minimum) of the participants, the
    /// mean percent the form's mean score over the top of its scale.
    /// </summary>
    public static KeyResults Of(ProcedureAggregates aggregates, double weight, bool independent, Dictionary<int, int> schoolIndex, int minimumParticipants, bool failLogit)
    {
        var n = schoolIndex.Count;
        var design = aggregates.Design;
        var count = new int[n];
        var fails = new int[n];
        var marked = new int[n];
        var meanPercent = Filled(n);
        var scale = AggregateIndicators.ScaleMaximum(design);
        foreach (var school in aggregates.Schools)
        {
            if (!schoolIndex.TryGetValue(school.SchoolId, out var s)) continue;
            count[s] = school.Participants;
            int? failed = design.Kind == ProcedureKind.Ege
                ? school.BelowMinimum ?? CountOf(school.Mark2Share, school.Participants)
                : CountOf(school.Mark2Share, school.Participants);
            if (failed is { } f)
            {
                fails[s] = f;
                marked[s] = school.Participants;
            }
            if (school.MeanScore is { } mean && scale > 0) meanPercent[s] = 100.0 * mean / scale;
        }
        return Measures(design, weight, independent, count, fails, marked, meanPercent, minimumParticipants, failLogit, fromAggregates: true);
    }

    private static int? CountOf(double? share, int participants) => share is { } s ? SchoolAggregate.Count(s, participants) : null;

    private static KeyResults Measures(ProcedureDesign design, double weight, bool independent, int[] count, int[] fails, int[] marked,
        double[] meanPercent, int minimumParticipants, bool failLogit, bool fromAggregates)
    {
        var n = count.Length;
        var failShare = Filled(n);
        var failScale = Filled(n);
        for (var s = 0; s < n; s++)
        {
            if (count[s] < minimumParticipants)
            {
                meanPercent[s] = double.NaN;
                continue;
            }
            if (marked[s] < minimumParticipants) continue;
            failShare[s] = (double)fails[s] / marked[s];
            // The empirical logit: a share of fails is a normal tail, so its logit is close to linear in the school's
            // mean, where the share itself flattens near 0; the 0.5 keeps a school with no fails finite.
            failScale[s] = failLogit ? Math.Log((fails[s] + 0.5) / (marked[s] - fails[s] + 0.5)) : failShare[s];
        }
        return new KeyResults
        {
            Design = design, Weight = weight, Independent = independent, FromAggregates = fromAggregates, Participants = count,
            FailShare = failShare, FailZ = Standardised(failScale, -1),
            MeanPercent = meanPercent, MeanZ = Standardised(meanPercent, +1),
        };
    }

    private static double[] Filled(int n)
    {
        var values = new double[n];
        Array.Fill(values, double.NaN);
        return values;
    }

    private static double[] Standardised(double[] values, int sign)
    {
        var present = new List<double>(values.Length);
        foreach (var v in values) if (!double.IsNaN(v)) present.Add(v);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(present);
        var mean = Descriptive.Mean(span);
        var sd = Descriptive.StandardDeviation(span);
        var z = Filled(values.Length);
        if (!(sd > 0)) return z;
        for (var s = 0; s < values.Length; s++)
            if (!double.IsNaN(values[s])) z[s] = sign * (values[s] - mean) / sd;
        return z;
    }
}
