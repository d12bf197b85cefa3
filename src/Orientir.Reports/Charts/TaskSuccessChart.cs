using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;
using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>
/// Each task's success rate in the group beside the region's: basic tasks blue, advanced and high tasks orange
/// and hatched (so the difference survives a black-and-white print), the region grey; dashed lines at the
/// sufficient levels of basic and advanced tasks.
/// </summary>
public static class TaskSuccessChart
{
    public static string Svg(IReadOnlyList<TaskIndicator> group, IReadOnlyList<TaskIndicator>? region, IndicatorSettings settings, int width = 900, int height = 340)
    {
        var plot = ChartStyle.NewPlot();
        var withRegion = region is { Count: > 0 } && region.Count == group.Count;
        var step = withRegion ? 3.0 : 1.5;
        var bars = new List<Bar>();
        var ticks = new List<double>();
        for (var i = 0; i < group.Count; i++)
        {
            var task = group[i];
            var x = i * step;
            var basic = task.Level == TaskLevel.Basic;
            bars.Add(new Bar
            {
                Position = x, Value = task.SuccessRate, Size = 1,
                FillColor = basic ? ChartStyle.Basic : ChartStyle.Advanced,
                FillHatch = basic ? null : new ScottPlot.Hatches.Striped(),
                FillHatchColor = Colors.White.WithAlpha(0.6),
            });
            if (withRegion)
            {
                bars.Add(new Bar { Position = x + 1, Value = region![i].SuccessRate, Size = 1, FillColor = ChartStyle.RegionColor });
                ticks.Add(x + 0.5);
            }
            else
            {
                ticks.Add(x);
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. ticks], [.. group.Select(t => t.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        Level(plot, settings.BasicSufficient);
        Level(plot, settings.AdvancedSufficient);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Базовые задания", FillColor = ChartStyle.Basic });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "Повышенные и высокие", FillColor = ChartStyle.Advanced,
            FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = Colors.White.WithAlpha(0.6),
        });
        if (withRegion) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Регион", FillColor = ChartStyle.RegionColor });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = $"базовый уровень {ChartStyle.Percent(settings.BasicSufficient)}, повышенный уровень {ChartStyle.Percent(settings.AdvancedSufficient)}",
            LineColor = ChartStyle.Threshold, LinePattern = LinePattern.Dashed, LineWidth = 1.5f,
        });
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        plot.XLabel("Задание");
        plot.YLabel("Выполнение, %");
        plot.Title("Выполнение заданий");
        plot.Axes.SetLimits(-1, Math.Max(1, group.Count * step - step + (withRegion ? 2 : 1)), 0, 105);
        plot.HideGrid();
        return ChartStyle.Svg(plot, width, height);
    }

    private static void Level(Plot plot, double y)
    {
        var line = plot.Add.HorizontalLine(y);
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 1.5f;
        line.Color = ChartStyle.Threshold;
    }
}
