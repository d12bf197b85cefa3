using Orientir.Domain.Results;
using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>
/// The number of works per primary score 0..max, with a dashed vertical line at each mark threshold (and at the
/// minimum score where one is set), so a crowd just below a threshold is visible at a glance.
/// </summary>
public static class ScoreHistogramChart
{
    public static string Svg(IReadOnlyList<int> histogram, MarkThresholds? thresholds, int? minScore = null, int width = 720, int height = 320)
    {
        var plot = ChartStyle.NewPlot();
        var bars = new List<Bar>(histogram.Count);
        for (var score = 0; score < histogram.Count; score++)
        {
            bars.Add(new Bar
            {
                Position = score, Value = histogram[score], Size = 0.9,
                FillColor = thresholds is null ? ChartStyle.Basic : MarkColor(thresholds.MarkFor(score)),
            });
        }
        plot.Add.Bars(bars);
        var top = Math.Max(1, histogram.Count == 0 ? 1 : histogram.Max());
        if (thresholds is not null)
        {
            Line(plot, thresholds.Mark3 - 0.5, $"«3» от {thresholds.Mark3}");
            Line(plot, thresholds.Mark4 - 0.5, $"«4» от {thresholds.Mark4}");
            Line(plot, thresholds.Mark5 - 0.5, $"«5» от {thresholds.Mark5}");
        }
        if (minScore is { } min) Line(plot, min - 0.5, $"минимум {min}", top: false);
        plot.XLabel("Первичный балл");
        plot.YLabel("Число работ");
        // No title inside: the threshold labels sit where it would be; the page or report heads the chart.
        plot.Axes.SetLimits(-0.7, Math.Max(1, histogram.Count - 0.3), 0, top * 1.1);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = count => count.ToString("#,0", Russian),
        };
        plot.HideGrid();
        // Room above the plot for the threshold labels, which would otherwise be cut at the top edge.
        if (thresholds is not null) plot.Axes.Top.MinimumSize = 26;
        return ChartStyle.Svg(plot, width, height);
    }

    private static readonly System.Globalization.CultureInfo Russian = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");

    private static void Line(Plot plot, double x, string label, bool top = true)
    {
        var line = plot.Add.VerticalLine(x);
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 1.5f;
        line.Color = ChartStyle.Threshold;
        line.LabelText = label;
        line.LabelFontName = ChartStyle.FontName;
        line.LabelFontSize = 11;
        line.LabelOppositeAxis = top;
    }

    private static Color MarkColor(int mark) => mark switch
    {
        2 => ChartStyle.MarkTwo,
        3 => ChartStyle.MarkThree,
        4 => ChartStyle.MarkFour,
        _ => ChartStyle.MarkFive,
    };
}
