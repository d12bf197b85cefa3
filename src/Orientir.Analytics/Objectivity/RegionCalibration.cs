using Orientir.Analytics.Statistics;

namespace Orientir.Analytics.Objectivity;

/// <summary>
/// Turns a per-school statistic into a z against the region's schools: (statistic − the median school) divided by
/// √(the school's own sampling variance + τ²), where τ² is the honest spread between schools that sampling does not
/// explain, estimated robustly (MAD² less the median sampling variance). A pure sampling test would flag every
/// school whose honest peculiarity is real but small; a plain robust z would flag small schools for their noise —
/// this sits between the two (the usual random-effects calibration of a funnel plot, Spiegelhalter 2005).
/// </summary>
internal static class RegionCalibration
{
    public sealed record Calibrated(double[] Z, double Center, double Tau);

    /// <param name="statistic">Per school; NaN where the school is not judged.</param>
    /// <param name="standardError">Per school, the statistic's sampling error under an honest school.</param>
    public static Calibrated Calibrate(double[] statistic, double[] standardError)
    {
        var values = new List<double>(statistic.Length);
        var variances = new List<double>(statistic.Length);
        for (var s = 0; s < statistic.Length; s++)
        {
            if (double.IsNaN(statistic[s]) || double.IsNaN(standardError[s])) continue;
            values.Add(statistic[s]);
            variances.Add(standardError[s] * standardError[s]);
        }
        var z = new double[statistic.Length];
        Array.Fill(z, double.NaN);
        if (values.Count == 0) return new Calibrated(z, double.NaN, double.NaN);

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        var center = Descriptive.Median(span);
        var mad = values.Count >= 5 ? Descriptive.Mad(span) : 0;
        var tauSquared = Math.Max(0, mad * mad - Descriptive.Median(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(variances)));
        for (var s = 0; s < statistic.Length; s++)
        {
            if (double.IsNaN(statistic[s]) || double.IsNaN(standardError[s])) continue;
            var spread = Math.Sqrt(standardError[s] * standardError[s] + tauSquared);
            z[s] = spread > 0 ? (statistic[s] - center) / spread : 0;
        }
        return new Calibrated(z, center, Math.Sqrt(tauSquared));
    }
}
