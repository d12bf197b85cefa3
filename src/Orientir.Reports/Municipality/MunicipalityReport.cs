using Orientir.Analytics.Recommendations;
using Orientir.Data.Results;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;
using Orientir.Reports.Recommendations;
using Orientir.Reports.Sections;

namespace Orientir.Reports.Municipality;

/// <summary>
/// The municipality report (issue 7 §2; docs/reports/municipality-and-region.md): the main findings, participation, its
/// own results per procedure against the region, its schools compared, its schools on the lists, targeted support,
/// dynamics and the recommendations of the municipal rules.
/// </summary>
public static class MunicipalityReport
{
    public static async Task<Report?> BuildAsync(ReportContext context, string code, int year, CancellationToken cancellationToken)
    {
        var data = await MunicipalityData.LoadAsync(context, code, year, cancellationToken);
        if (data is null) return null;
        var settings = context.Settings;
        var report = new Report($"Результаты оценочных процедур {year} года", $"{data.Name}: муниципальный аналитический отчёт");
        ReportTitle.AddParameters(report, context, "Муниципалитет", $"{data.Name} ({data.Code})", year, data.Run?.MethodologyNumber);

        MunicipalityFindings.Add(report, data, settings);
        MunicipalityFindings.AddParticipation(report, data, settings);

        var results = report.Section("Результаты процедур");
        if (data.Procedures.Count == 0) results.Paragraph($"Нет данных за {year} год.");
        else
            results.Paragraph("Результаты обучающихся муниципалитета как одной группы в каждой процедуре года — отметки, распределение " +
                "баллов, выполнение заданий и умений, сравнение с отметками по журналу — рядом с регионом (методика, §3.1).");
        foreach (var procedure in data.Procedures)
            ProcedureSections.Add(results, procedure.Set.Design, procedure.Group, [procedure.Set.Region], settings);

        MunicipalitySchools.Add(report, data, settings);
        MunicipalityLists.Add(report, data);
        SupportSection.AddMunicipal(report.Section("Адресная поддержка"), data.Programme, data.Effect, year);
        DynamicsSection.Add(report.Section("Динамика"), data.Dynamics, "муниципалитета", year, settings);

        var facts = new List<RecommendationFact>();
        foreach (var procedure in data.Procedures)
            facts.AddRange(RecommendationFacts.OfProcedure(procedure.Set.Design, procedure.Group, procedure.Set.Region, settings));
        if (data.Dynamics is { } series) facts.AddRange(RecommendationFacts.OfDynamics(series, settings));
        facts.AddRange(RecommendationFacts.OfSchools(data.Name, data.Rows));
        await RecommendationsSection.AddAsync(report, context, "municipality", facts, "муниципалитет", cancellationToken);
        context.Report("Текст отчёта", MunicipalityData.Steps, MunicipalityData.Steps);
        return report;
    }
}
