using Orientir.Analytics.Indicators;
using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>The distribution of marks «2»–«5», percent of the works with a mark, each mark in its colour.</summary>
public static class MarksChart
{
    public static string Svg(MarkShares marks, MarkShares? region = null, int width = 480, int height = 300)
    {
        var plot = ChartStyle.NewPlot();
        (string Label, double Value, Color Color)[] rows =
        [
            ("«2»", marks.Two, ChartStyle.MarkTwo),
            ("«3»", marks.Three, ChartStyle.MarkThree),
            ("«4»", marks.Four, ChartStyle.MarkFour),
            ("«5»", marks.Five, ChartStyle.MarkFive),
        ];
        double[] regionValues = region is null ? [] : [region.Two, region.Three, region.Four, region.Five];
        var step = region is null ? 1.0 : 2.5;
        var bars = new List<Bar>();
        var ticks = new List<double>();
        for (var i = 0; i < rows.Length; i++)
        {
            var x = i * step;
            bars.Add(new Bar
            {
                Position = x, Value = rows[i].Value, FillColor = rows[i].Color, Size = 0.8,
                Label = ChartStyle.Percent(rows[i].Value),
            });
            if (region is not null)
            {
                bars.Add(new Bar
                {
                    Position = x + 1, Value = regionValues[i], FillColor = ChartStyle.RegionColor, Size = 0.8,
                    Label = ChartStyle.Percent(regionValues[i]),
                });
                ticks.Add(x + 0.5);
            }
            else
            {
                ticks.Add(x);
            }
        }
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontName = ChartStyle.FontName;
        plottable.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.SetTicks([.. ticks], [.. rows.Select(r => r.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.YLabel("% участников");
        plot.Title("Распределение отметок");
        plot.Axes.SetLimitsY(0, Math.Max(10, Math.Min(100, rows.Max(r => r.Value) * 1.2 + 5)));
        if (region is not null)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Регион", FillColor = ChartStyle.RegionColor });
            plot.ShowLegend(Edge.Bottom);
        }
        plot.HideGrid();
        return ChartStyle.Svg(plot, width, height);
    }
}
