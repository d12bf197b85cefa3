using Orientir.Data.Registry;
using Orientir.Reports.Content;
using Orientir.Reports.Sections;

namespace Orientir.Reports.School;

/// <summary>The school report (issue 7 §1): participation, each procedure's results, the context-adjusted effect, the
/// signs of non-objectivity, the dynamics and the targeted recommendations.</summary>
public static class SchoolReport
{
    public static async Task<Report?> BuildAsync(ReportContext context, string code, int year, CancellationToken cancellationToken)
    {
        var school = await new RegistryQueries(context.Db, context.Scope).SchoolAsync(code, cancellationToken);
        if (school is null) return null;
        var sets = await context.Indicators.YearAsync(year, cancellationToken: cancellationToken);
        var run = await context.Lists.RunAsync(year, cancellationToken);
        var report = new Report($"Результаты оценочных процедур {year} года", $"{school.Name} ({school.Code}), {school.MunicipalityName}");
        ReportTitle.AddParameters(report, context, "Школа", $"{school.Name} ({school.Code})", year, run?.MethodologyNumber);

        var results = report.Section("Результаты процедур");
        foreach (var set in sets)
        {
            var group = set.Schools.FirstOrDefault(s => s.Code == code);
            if (group is null) continue;
            var municipality = set.Municipalities.FirstOrDefault(m => m.Code == school.MunicipalityCode);
            ProcedureSections.Add(results, set.Design, group, municipality is null ? [set.Region] : [municipality, set.Region], context.Settings);
        }
        return report;
    }
}
