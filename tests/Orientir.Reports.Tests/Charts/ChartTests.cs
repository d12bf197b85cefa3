using System.Xml.Linq;
using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;
using Orientir.Reports.Charts;

namespace Orientir.Reports.Tests.Charts;

public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        return document;
    }

    private static string Text(XDocument svg) => string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));

    /// <summary>
    /// Threshold and level lines: Skia's SVG canvas writes a dashed line as one filled path of its dashes, in the
    /// colour kept for these lines (their labels are rectangles of the same colour, not paths).
    /// </summary>
    private static int DashedLines(XDocument svg) =>
        svg.Descendants(Svg + "path").Count(e => (string?)e.Attribute("fill") == ChartStyle.ThresholdHex);

    [Fact]
    public void Marks_chart_is_an_svg_with_the_russian_labels_and_the_percentages()
    {
        var svg = Parse(MarksChart.Svg(new MarkShares(12.5, 40, 30, 17.5)));
        var text = Text(svg);
        Assert.Contains("Распределение отметок", text);
        Assert.Contains("«2»", text);
        Assert.Contains("«5»", text);
        Assert.Contains("12,5 %", text);
        Assert.Contains("DejaVu Sans", svg.ToString());
        Assert.Equal("0 0 480 300", (string?)svg.Root!.Attribute("viewBox"));
    }

    [Fact]
    public void Marks_chart_against_the_region_has_a_legend()
    {
        var text = Text(Parse(MarksChart.Svg(new MarkShares(10, 40, 30, 20), new MarkShares(5, 35, 40, 20))));
        Assert.Contains("Регион", text);
    }

    [Fact]
    public void Score_histogram_draws_a_dashed_line_at_each_mark_threshold_and_the_minimum()
    {
        int[] histogram = [0, 1, 2, 3, 5, 8, 9, 7, 4, 2, 1];
        var svg = Parse(ScoreHistogramChart.Svg(histogram, new MarkThresholds(3, 6, 9), minScore: 2));
        var text = Text(svg);
        Assert.Contains("«3» от 3", text);
        Assert.Contains("«4» от 6", text);
        Assert.Contains("«5» от 9", text);
        Assert.Contains("минимум 2", text);
        Assert.Contains("Первичный балл", text);
        Assert.Equal(4, DashedLines(svg));
    }

    [Fact]
    public void Score_histogram_without_a_scale_has_no_threshold_lines()
    {
        var svg = Parse(ScoreHistogramChart.Svg([1, 2, 3], null));
        Assert.Equal(0, DashedLines(svg));
    }

    [Fact]
    public void Task_success_chart_has_the_sufficient_levels_and_tells_basic_from_advanced_tasks()
    {
        TaskIndicator Task(string label, TaskLevel level, double rate) =>
            new(1, label, level, 2, rate / 50, rate, rate / 2, SuccessLevel.Sufficient);
        TaskIndicator[] group = [Task("1", TaskLevel.Basic, 75), Task("2", TaskLevel.Basic, 58), Task("3", TaskLevel.Advanced, 20)];
        TaskIndicator[] region = [Task("1", TaskLevel.Basic, 70), Task("2", TaskLevel.Basic, 62), Task("3", TaskLevel.Advanced, 33)];
        var svg = Parse(TaskSuccessChart.Svg(group, region, IndicatorSettings.Default));
        var text = Text(svg);
        Assert.Contains("Выполнение заданий", text);
        Assert.Contains("базовый уровень 60 %", text);
        Assert.Contains("повышенный уровень 30 %", text);
        Assert.Contains("Базовые задания", text);
        Assert.Contains("Повышенные и высокие", text);
        Assert.Contains("Регион", text);
        // The two levels and the legend's sample of them.
        Assert.Equal(3, DashedLines(svg));
        var fills = svg.Descendants().Select(e => (string?)e.Attribute("fill")).OfType<string>().Select(f => f.ToUpperInvariant()).ToHashSet();
        Assert.Contains("#1976D2", fills);
        Assert.Contains("#EF6C00", fills);
    }

    [Fact]
    public void Dynamics_chart_draws_a_line_per_series_and_flags_negative_dynamics()
    {
        DynamicsLine[] series =
        [
            new("ВПР, математика, 5 класс", [new(2023, "A", 100, 10, null, false), new(2024, "B", 100, 22, 12, true)]),
            new("ВПР, русский язык, 5 класс", [new(2023, "C", 100, 8, null, false), new(2024, "D", 100, 9, 1, false)]),
        ];
        var text = Text(Parse(DynamicsChart.Svg(series)));
        Assert.Contains("ВПР, математика, 5 класс", text);
        Assert.Contains("ВПР, русский язык, 5 класс", text);
        Assert.Contains("Отрицательная динамика", text);
        Assert.Contains("2024", text);
    }

    [Fact]
    public void Dynamics_chart_without_a_rise_does_not_flag_anything()
    {
        DynamicsLine[] series = [new("ОГЭ", [new(2023, "A", 100, 10, null, false), new(2024, "B", 100, 12, 2, false)])];
        Assert.DoesNotContain("Отрицательная динамика", Text(Parse(DynamicsChart.Svg(series))));
    }
}
