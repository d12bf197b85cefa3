using System.Globalization;
using ScottPlot;

namespace Orientir.Reports.Charts;

/// <summary>What every chart shares: the Cyrillic font, the mark colours, Russian number format, SVG output.</summary>
internal static class ChartStyle
{
    /// <summary>
    /// Named explicitly: ScottPlot's default font has no Cyrillic on a bare Linux server, and the PDF reports that
    /// reuse these charts need the same metrics as the browser.
    /// </summary>
    public const string FontName = "DejaVu Sans";

    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static readonly Color MarkTwo = Color.FromHex("#D32F2F");
    public static readonly Color MarkThree = Color.FromHex("#F9A825");
    public static readonly Color MarkFour = Color.FromHex("#7CB342");
    public static readonly Color MarkFive = Color.FromHex("#2E7D32");
    public static readonly Color Basic = Color.FromHex("#1976D2");
    public static readonly Color Advanced = Color.FromHex("#EF6C00");
    public static readonly Color RegionColor = Color.FromHex("#9E9E9E");
    /// <summary>The colour of threshold and level lines, and nothing else (the tests find the lines by it).</summary>
    public const string ThresholdHex = "#616161";
    public static readonly Color Threshold = Color.FromHex(ThresholdHex);

    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        return plot;
    }

    public static string Percent(double value) => value.ToString("0.#", Russian) + " %";

    /// <summary>
    /// The SVG with a viewBox beside its pixel size: a page may scale it to its column (width 100 %) and a report
    /// may keep the pixel size.
    /// </summary>
    public static string Svg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var root = $"width=\"{width}\" height=\"{height}\"";
        var at = svg.IndexOf(root, StringComparison.Ordinal);
        return at < 0 ? svg : svg.Insert(at, $"viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\" ");
    }
}
