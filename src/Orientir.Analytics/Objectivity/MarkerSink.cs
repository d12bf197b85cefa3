using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Objectivity;

/// <summary>What every marker of one procedure shares: the frame, which schools are judged, where the markers go.</summary>
internal sealed class MarkerSink(ProcedureFrame frame, int[] schoolIds, bool[] judged, ObjectivitySettings settings, List<ObjectivityMarker> markers)
{
    public ProcedureFrame Frame { get; } = frame;
    public bool[] Judged { get; } = judged;
    public ObjectivitySettings Settings { get; } = settings;
    public int SchoolCount => schoolIds.Length;

    public void Add(int school, MarkerKind kind, double z, bool raised, params Evidence[] evidence) =>
        markers.Add(new ObjectivityMarker(schoolIds[school], Frame.Code, kind, z, raised, evidence));

    /// <summary>Judged schools get NaN statistics until a marker fills them.</summary>
    public double[] NewStatistic()
    {
        var values = new double[SchoolCount];
        Array.Fill(values, double.NaN);
        return values;
    }
}
