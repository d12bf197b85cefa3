using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>One group's bar in <see cref="GroupBarChart"/>: its name and value (null: hidden, drawn as no bar).</summary>
public sealed record GroupBar(string Name, double? Value);

/// <summary>
/// Groups (the municipalities of the region, the schools of a municipality) side by side on one measure, as horizontal
/// bars in the order given, with the region's value as a dashed line: the bars above the line are red, the rest blue,
/// so a reader sees at once who is worse than the region. Hidden groups (suppressed) keep their row, without a bar.
/// </summary>
public static class GroupBarChart
{
    private const int RowHeight = 24;
    /// <summary>The tallest chart that still fits an A4 page under its caption; more rows get thinner, down to a readable minimum.</summary>
    private const int MaxHeight = 940;
    /// <summary>Title, axis, its label and the legend: what a chart needs besides its rows.</summary>
    private const int Frame = 150;

    public static string Svg(IReadOnlyList<GroupBar> groups, double? region, string valueLabel, string title, int width = 720)
    {
        var rows = Math.Max(groups.Count, 4);
        var rowHeight = Math.Clamp((MaxHeight - Frame) / rows, 14, RowHeight);
        var fontSize = rowHeight >= 20 ? 11 : 9;
        var plot = ChartStyle.NewPlot();
        var bars = new List<Bar>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Value is not { } value) continue;
            // The first group at the top: positions run downwards.
            bars.Add(new Bar
            {
                Position = groups.Count - 1 - i, Value = value, Size = 0.7,
                FillColor = region is { } r && value > r ? ChartStyle.MarkTwo : ChartStyle.Basic,
                Label = ChartStyle.Percent(value),
            });
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = ChartStyle.FontName;
        plottable.ValueLabelStyle.FontSize = fontSize;
        plot.Axes.Left.SetTicks(
            [.. Enumerable.Range(0, groups.Count).Select(i => (double)(groups.Count - 1 - i))],
            [.. groups.Select(g => Shorten(g.Name))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = fontSize;
        var max = Math.Max(region ?? 0, groups.Max(g => g.Value) ?? 0);
        if (region is { } line)
        {
            var marker = plot.Add.VerticalLine(line);
            marker.LinePattern = LinePattern.Dashed;
            marker.LineWidth = 1.5f;
            marker.Color = ChartStyle.Threshold;
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"Регион: {ChartStyle.Percent(line)}", LineColor = ChartStyle.Threshold, LinePattern = LinePattern.Dashed, LineWidth = 1.5f,
            });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "выше региона", FillColor = ChartStyle.MarkTwo });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "не выше региона", FillColor = ChartStyle.Basic });
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.ShowLegend(Edge.Bottom);
        }
        plot.Axes.SetLimits(0, Math.Max(5, Math.Min(100, max * 1.18 + 1)), -0.6, groups.Count - 0.4);
        plot.XLabel(valueLabel);
        plot.Title(title);
        plot.HideGrid();
        return ChartStyle.Svg(plot, width, Frame + rowHeight * rows);
    }

    /// <summary>Long names would squeeze the bars: the table beside the chart keeps the full name.</summary>
    private static string Shorten(string name) => name.Length <= 42 ? name : name[..40].TrimEnd() + "…";
}
