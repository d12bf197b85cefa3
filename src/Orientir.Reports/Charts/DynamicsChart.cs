using Orientir.Analytics.Indicators;
using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>A series' title and its years, as the dynamics chart draws it.</summary>
public sealed record DynamicsLine(string Title, IReadOnlyList<DynamicsPoint> Points);

/// <summary>
/// The share of «2» year by year, one line per series (procedure kind × subject × grade); a year whose rise is
/// negative dynamics gets a large red marker.
/// </summary>
public static class DynamicsChart
{
    public static string Svg(IReadOnlyList<DynamicsLine> series, int width = 720, int height = 340)
    {
        var plot = ChartStyle.NewPlot();
        var years = new SortedSet<int>();
        var flagged = false;
        foreach (var line in series)
        {
            var points = line.Points.Where(p => p.ShareOfTwo is not null).ToArray();
            if (points.Length == 0) continue;
            var scatter = plot.Add.Scatter(points.Select(p => (double)p.Year).ToArray(), points.Select(p => p.ShareOfTwo!.Value).ToArray());
            scatter.LegendText = line.Title;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
            foreach (var p in points) years.Add(p.Year);
            foreach (var p in points.Where(p => p.NegativeDynamics))
            {
                var marker = plot.Add.Marker(p.Year, p.ShareOfTwo!.Value, MarkerShape.OpenCircle, 16, ChartStyle.MarkTwo);
                marker.MarkerLineWidth = 2.5f;
                flagged = true;
            }
        }
        if (flagged)
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "Отрицательная динамика", MarkerShape = MarkerShape.OpenCircle, MarkerColor = ChartStyle.MarkTwo, MarkerSize = 12,
                LineWidth = 0,
            });
        if (years.Count > 0)
        {
            plot.Axes.Bottom.SetTicks([.. years.Select(y => (double)y)], [.. years.Select(y => y.ToString(ChartStyle.Russian))]);
            plot.Axes.SetLimitsX(years.Min - 0.5, years.Max + 0.5);
        }
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(10, series.SelectMany(s => s.Points).Max(p => p.ShareOfTwo) is { } max ? Math.Min(100, max * 1.25 + 2) : 10));
        plot.XLabel("Год");
        plot.YLabel("Доля «2», %");
        plot.Title("Динамика доли «2»");
        plot.ShowLegend(Edge.Right);
        return ChartStyle.Svg(plot, width, height);
    }
}
