using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Reports.Charts;
using Orientir.Reports.Content;

namespace Orientir.Reports.Areas;

/// <summary>A group of a comparison table: a school of the municipality, or a municipality of the region with its schools counted.</summary>
public sealed record ComparedGroup(LevelIndicators Group, int? Schools = null);

/// <summary>
/// The groups of one procedure side by side against the region — the table and chart of «Школы муниципалитета» and of
/// «Муниципалитеты»: participants, mean percent, the failing share («2», ЕГЭ: below the minimum), quality and success,
/// the gap of the failing share to the region; under them the whole (the municipality, when its schools are compared) and
/// the region. A suppressed group shows its participants only; a not informative one
/// is marked in the last column.
/// </summary>
public static class GroupComparison
{
    public const string GapHeader = "К региону, п. п.";

    public static TableBlock Table(string sheet, string caption, string groupHeader, ProcedureDesign design,
        IReadOnlyList<ComparedGroup> groups, LevelIndicators region, IndicatorSettings settings, LevelIndicators? whole = null)
    {
        var marks = AreaText.HasMarks(design);
        var withSchools = groups.Any(g => g.Schools is not null);
        var columns = new List<ReportColumn> { new(groupHeader), new("Участников", CellFormat.Integer) };
        if (withSchools) columns.Add(new("Школ", CellFormat.Integer));
        columns.Add(new("Ср. % от макс.", CellFormat.Percent));
        columns.Add(new(AreaText.FailShareHeader(design), CellFormat.Percent));
        if (marks) columns.AddRange([new("Качество, %", CellFormat.Percent), new("Успеваемость, %", CellFormat.Percent)]);
        columns.Add(new(GapHeader, CellFormat.Decimal1));
        var withNotes = groups.Select(g => g.Group).Append(region).Any(g => g.Indicators.Status != GroupStatus.Informative);
        if (withNotes) columns.Add(new("Примечание"));

        var regionFail = AreaText.FailShare(design, region.Indicators);
        var rows = new List<object?[]>();
        foreach (var compared in groups)
            rows.Add(Row(design, compared.Group.Name, compared.Group.Indicators, compared.Schools, withSchools, marks, regionFail, withNotes, settings));
        // The municipality's own row under its schools, then the region's.
        if (whole is not null) rows.Add(Row(design, whole.Name, whole.Indicators, null, withSchools, marks, regionFail, withNotes, settings));
        rows.Add(Row(design, "Регион", region.Indicators, withSchools ? groups.Sum(g => g.Schools ?? 0) : null, withSchools, marks, null, withNotes, settings));
        return new TableBlock(sheet, caption, columns, rows);
    }

    /// <summary>The failing share of each group as a horizontal bar, the region as a dashed line (the SVG of the figure).</summary>
    public static string ChartSvg(ProcedureDesign design, IReadOnlyList<ComparedGroup> groups, LevelIndicators region)
    {
        var bars = groups
            .Select(g => new GroupBar(g.Group.Name, g.Group.Indicators.Status == GroupStatus.Suppressed ? null : AreaText.FailShare(design, g.Group.Indicators)))
            .ToList();
        var header = AreaText.FailShareHeader(design);
        return GroupBarChart.Svg(bars, AreaText.FailShare(design, region.Indicators), header, AreaText.ProcedureTitle(design));
    }

    /// <summary>The groups with a number, worst first (highest failing share).</summary>
    public static IReadOnlyList<(LevelIndicators Group, double Fail)> ByFailShare(ProcedureDesign design, IEnumerable<LevelIndicators> groups) =>
        groups.Where(g => g.Indicators.Status != GroupStatus.Suppressed)
            .Select(g => (Group: g, Fail: AreaText.FailShare(design, g.Indicators)))
            .Where(g => g.Fail is not null)
            .Select(g => (g.Group, g.Fail!.Value))
            .OrderByDescending(g => g.Value).ThenBy(g => g.Group.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The gap in percentage points to one decimal, as printed; «+ 0.0» turns a rounded −0 into 0 so that no «−0,0» is shown.</summary>
    public static double Gap(double share, double region) => Math.Round(share - region, 1) + 0.0;

    private static object?[] Row(ProcedureDesign design, string name, ProcedureIndicators i, int? schools, bool withSchools, bool marks,
        double? regionFail, bool withNotes, IndicatorSettings settings)
    {
        var hidden = i.Status == GroupStatus.Suppressed;
        var fail = hidden ? null : AreaText.FailShare(design, i);
        var row = new List<object?> { name, i.Participants };
        if (withSchools) row.Add(schools);
        row.Add(hidden ? null : i.MeanPercent);
        row.Add(fail);
        if (marks) row.AddRange([hidden ? null : i.QualityRate, hidden ? null : i.SuccessRate]);
        row.Add(fail is { } f && regionFail is { } r ? Gap(f, r) : null);
        if (withNotes) row.Add(AreaText.Status(i.Status, settings));
        return [.. row];
    }
}
