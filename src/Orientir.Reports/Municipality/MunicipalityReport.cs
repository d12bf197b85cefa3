using Orientir.Data.Registry;
using Orientir.Reports.Content;
using Orientir.Reports.Sections;

namespace Orientir.Reports.Municipality;

/// <summary>The municipality report (issue 7 §2): its results as a group, its schools compared, its schools on the lists
/// and, where targeted support runs, their progress.</summary>
public static class MunicipalityReport
{
    public static async Task<Report?> BuildAsync(ReportContext context, string code, int year, CancellationToken cancellationToken)
    {
        var municipality = await new RegistryQueries(context.Db, context.Scope).MunicipalityAsync(code, cancellationToken);
        if (municipality is null) return null;
        var sets = await context.Indicators.YearAsync(year, cancellationToken: cancellationToken);
        var run = await context.Lists.RunAsync(year, cancellationToken);
        var report = new Report($"Результаты оценочных процедур {year} года", municipality.Name);
        ReportTitle.AddParameters(report, context, "Муниципалитет", $"{municipality.Name} ({municipality.Code})", year, run?.MethodologyNumber);

        var results = report.Section("Результаты процедур");
        foreach (var set in sets)
        {
            var group = set.Municipalities.FirstOrDefault(m => m.Code == code);
            if (group is not null) ProcedureSections.Add(results, set.Design, group, [set.Region], context.Settings);
        }
        return report;
    }
}
