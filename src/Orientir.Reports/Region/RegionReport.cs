using Orientir.Reports.Content;

namespace Orientir.Reports.Region;

/// <summary>The region report (issue 7 §3): the main findings, the municipalities compared, the lists.</summary>
public static class RegionReport
{
    public static async Task<Report?> BuildAsync(ReportContext context, int year, CancellationToken cancellationToken)
    {
        // The region report compares every municipality: it is for the region's roles only.
        if (!context.Scope.IsRegionWide) return null;
        var sets = await context.Indicators.YearAsync(year, cancellationToken: cancellationToken);
        var run = await context.Lists.RunAsync(year, cancellationToken);
        var report = new Report($"Результаты оценочных процедур {year} года", "Региональный аналитический отчёт");
        ReportTitle.AddParameters(report, context, "Регион", "Регион", year, run?.MethodologyNumber);
        var municipalities = report.Section("Муниципалитеты");
        foreach (var set in sets)
            municipalities.Table(new TableBlock(set.Design.Code, set.Design.Code,
                [new ReportColumn("Муниципалитет"), new ReportColumn("Участников", CellFormat.Integer)],
                set.Municipalities.Select(m => new object?[] { m.Name, m.Indicators.Participants }).ToList()));
        return report;
    }
}
