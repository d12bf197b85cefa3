using Orientir.Analytics.Recommendations;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;
using Orientir.Reports.Recommendations;
using Orientir.Reports.Sections;

namespace Orientir.Reports.Region;

/// <summary>
/// The region report (issue 7 §3; docs/reports/municipality-and-region.md): the main findings, the municipalities
/// compared per procedure, the lists, targeted support, the region's dynamics and the recommendations of the regional
/// rules. Its tables stop at municipalities (the school lists aside), so it stays fast for a thousand schools.
/// </summary>
public static class RegionReport
{
    public static async Task<Report?> BuildAsync(ReportContext context, int year, CancellationToken cancellationToken)
    {
        // The region report compares every municipality: it is for the region's roles only.
        if (!context.Scope.IsRegionWide) return null;
        var data = await RegionData.LoadAsync(context, year, cancellationToken);
        var settings = context.Settings;
        var report = new Report($"Результаты оценочных процедур {year} года", "Региональный аналитический отчёт");
        ReportTitle.AddParameters(report, context, "Охват",
            $"все муниципалитеты ({data.Municipalities.Count}) и школы ({data.MunicipalityOfSchool.Count}) региона", year, data.Run?.MethodologyNumber);

        RegionFindings.Add(report, data, settings);
        RegionMunicipalities.Add(report, context, data, settings);
        RegionLists.Add(report, data);
        SupportSection.AddRegional(report.Section("Адресная поддержка"), data.Progress, data.Effect, year);
        DynamicsSection.Add(report.Section("Динамика"), data.Dynamics, "региона", year, settings);

        var facts = new List<RecommendationFact>();
        foreach (var set in data.Sets)
            facts.AddRange(RecommendationFacts.OfProcedure(set.Design, set.Region, set.Region, settings));
        if (data.Dynamics is { } series) facts.AddRange(RecommendationFacts.OfDynamics(series, settings));
        facts.AddRange(RecommendationFacts.OfSchools("регион", data.Rows));
        await RecommendationsSection.AddAsync(report, context, "region", facts, "регион", cancellationToken);
        context.Report("Текст отчёта", RegionData.Steps, RegionData.Steps);
        return report;
    }
}
