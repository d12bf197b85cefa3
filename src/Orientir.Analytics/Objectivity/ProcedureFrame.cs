using Orientir.Analytics.Indicators;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// One procedure's works mapped onto the dense school index of the input, with each school's works count and
/// standardised mean (primary scores as z against the region's works). Built in one pass over the works.
/// </summary>
internal sealed class ProcedureFrame
{
    public ProcedureFrame(ProcedureWorks works, IReadOnlyDictionary<int, int> schoolIndex, int schoolCount)
    {
        Works = works;
        SchoolOfWork = new int[works.Count];
        WorkCount = new int[schoolCount];
        double sum = 0, sumSquares = 0;
        var known = 0;
        for (var i = 0; i < works.Count; i++)
        {
            var s = schoolIndex.TryGetValue(works.SchoolIds[i], out var index) ? index : -1;
            SchoolOfWork[i] = s;
            if (s < 0) continue;
            WorkCount[s]++;
            known++;
            double score = works.PrimaryScores[i];
            sum += score;
            sumSquares += score * score;
        }
        RegionWorks = known;
        RegionMean = known > 0 ? sum / known : 0;
        RegionSd = known > 1 ? Math.Sqrt(Math.Max(0, (sumSquares - known * RegionMean * RegionMean) / (known - 1))) : 0;

        StandardisedMean = new double[schoolCount];
        StandardisedSd = new double[schoolCount];
        var sumZ = new double[schoolCount];
        var sumZ2 = new double[schoolCount];
        var scale = RegionSd > 0 ? 1 / RegionSd : 0;
        for (var i = 0; i < works.Count; i++)
        {
            var s = SchoolOfWork[i];
            if (s < 0) continue;
            var z = (works.PrimaryScores[i] - RegionMean) * scale;
            sumZ[s] += z;
            sumZ2[s] += z * z;
        }
        for (var s = 0; s < schoolCount; s++)
        {
            var n = WorkCount[s];
            StandardisedMean[s] = n > 0 ? sumZ[s] / n : double.NaN;
            StandardisedSd[s] = n > 1 ? Math.Sqrt(Math.Max(0, (sumZ2[s] - n * StandardisedMean[s] * StandardisedMean[s]) / (n - 1))) : double.NaN;
        }
    }

    public ProcedureWorks Works { get; }
    public string Code => Works.Design.Code;
    /// <summary>The dense school index of each work (-1: a school not in the input).</summary>
    public int[] SchoolOfWork { get; }
    public int[] WorkCount { get; }
    public int RegionWorks { get; }
    public double RegionMean { get; }
    public double RegionSd { get; }
    public double[] StandardisedMean { get; }
    public double[] StandardisedSd { get; }

    /// <summary>A work's primary score as z against the region's works.</summary>
    public double Z(int work) => RegionSd > 0 ? (Works.PrimaryScores[work] - RegionMean) / RegionSd : 0;
}
