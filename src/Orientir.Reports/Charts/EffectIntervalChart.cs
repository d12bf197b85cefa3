using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>One estimate with its 95 % interval, e.g. a school's level effect.</summary>
public sealed record EffectInterval(string Label, double Estimate, double Lower, double Upper);

/// <summary>
/// Estimates as dots on their 95 % intervals against zero (the expected result for the school's context): an interval
/// wholly right of zero is above expectation, wholly left below, across zero not distinguishable from it.
/// </summary>
public static class EffectIntervalChart
{
    public static string Svg(IReadOnlyList<EffectInterval> effects, int width = 640, int height = 0)
    {
        if (height <= 0) height = 110 + 60 * Math.Max(1, effects.Count);
        var plot = ChartStyle.NewPlot();
        var zero = plot.Add.VerticalLine(0);
        zero.LinePattern = LinePattern.Dashed;
        zero.LineWidth = 1.5f;
        zero.Color = ChartStyle.Threshold;
        var reach = 0.3;
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            var y = effects.Count - 1 - i;
            var colour = effect.Lower > 0 ? ChartStyle.MarkFive : effect.Upper < 0 ? ChartStyle.MarkTwo : ChartStyle.Basic;
            var line = plot.Add.Line(effect.Lower, y, effect.Upper, y);
            line.LineWidth = 3;
            line.LineColor = colour;
            line.MarkerSize = 0;
            plot.Add.Marker(effect.Estimate, y, MarkerShape.FilledCircle, 11, colour);
            reach = Math.Max(reach, Math.Max(Math.Abs(effect.Lower), Math.Abs(effect.Upper)));
        }
        reach *= 1.15;
        plot.Axes.SetLimits(-reach, reach, -0.7, effects.Count - 0.3);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, effects.Count).Select(i => (double)i)],
            [.. effects.Select(e => e.Label).Reverse()]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => value.ToString("0.##", ChartStyle.Russian),
        };
        plot.XLabel("Эффект, стандартные отклонения балла");
        plot.Axes.Bottom.Label.FontSize = 13;
        plot.HideGrid();
        return ChartStyle.Svg(plot, width, height);
    }
}
