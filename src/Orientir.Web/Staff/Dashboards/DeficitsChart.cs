using System.Globalization;
using Orientir.Data.Staff.Dashboards;
using ScottPlot;

namespace Orientir.Web.Staff.Dashboards;

/// <summary>
/// Teachers with a deficit by competence, % of those measured on it, as an SVG bar chart in the look of the report
/// charts (Orientir.Reports.Charts): the Cyrillic font named, Russian numbers, a viewBox so a page may scale it.
/// </summary>
public static class DeficitsChart
{
    private const string FontName = "DejaVu Sans";
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly Color Bar = Color.FromHex("#D32F2F");

    public static string Svg(IReadOnlyList<CompetenceDeficits> competences, int width = 900, int height = 320)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        var bars = competences.Select((c, i) => new ScottPlot.Bar
        {
            Position = i, Value = c.Share, Size = 0.7, FillColor = Bar, LineWidth = 0,
            Label = $"{c.Share.ToString("0.#", Russian)} % ({c.TeachersWithDeficit} из {c.TeachersMeasured})",
        }).ToList();
        var added = plot.Add.Bars(bars);
        added.ValueLabelStyle.FontName = FontName;
        added.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.SetTicks([.. competences.Select((_, i) => (double)i)], [.. competences.Select(c => c.Code)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.XLabel("Компетенция");
        plot.YLabel("Педагогов с дефицитом, %");
        plot.Title("Дефициты по компетенциям (диагностика)");
        plot.Axes.SetLimits(-0.7, Math.Max(0.7, competences.Count - 0.3), 0, 110);
        plot.HideGrid();
        var svg = plot.GetSvgXml(width, height);
        var root = $"width=\"{width}\" height=\"{height}\"";
        var at = svg.IndexOf(root, StringComparison.Ordinal);
        return at < 0 ? svg : svg.Insert(at, $"viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\" ");
    }
}
