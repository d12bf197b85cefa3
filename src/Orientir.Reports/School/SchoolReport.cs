using Orientir.Analytics.Recommendations;
using Orientir.Data.Registry;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Reports.Content;
using Orientir.Reports.Recommendations;
using Orientir.Reports.Sections;

namespace Orientir.Reports.School;

/// <summary>The school report (issue 7 §1): participation, each procedure's results, the context-adjusted effect, the
/// signs of non-objectivity, the dynamics and the targeted recommendations.</summary>
public static class SchoolReport
{
    private const int Stages = 6;

    public static async Task<Report?> BuildAsync(ReportContext context, string code, int year, CancellationToken cancellationToken)
    {
        var school = await new RegistryQueries(context.Db, context.Scope).SchoolAsync(code, cancellationToken);
        if (school is null) return null;
        context.Report("Показатели процедур", 0, Stages);
        var sets = await context.Indicators.YearAsync(year, cancellationToken: cancellationToken);
        var results = new List<GroupResults>();
        foreach (var set in sets)
        {
            var group = set.Schools.FirstOrDefault(s => s.Code == code);
            if (group is null) continue;
            var municipality = set.Municipalities.FirstOrDefault(m => m.Code == school.MunicipalityCode);
            results.Add(new GroupResults(set.Design, group, municipality is null ? [set.Region] : [municipality, set.Region]));
        }
        context.Report("Анализ школ", 1, Stages);
        var run = await context.Lists.RunAsync(year, cancellationToken);
        var detail = run is null ? null : await context.Lists.SchoolAsync(code, year, cancellationToken);
        var rows = run is null || detail is null ? [] : await context.Lists.RowsAsync(run.Id, cancellationToken);
        context.Report("Динамика", 2, Stages);
        var dynamics = await context.Indicators.DynamicsAsync(IndicatorLevel.School, code, cancellationToken);

        context.Report("Разделы отчёта", 3, Stages);
        var report = new Report($"Результаты оценочных процедур {year} года", $"{school.Name} ({school.Code}), {school.MunicipalityName}");
        ReportTitle.AddParameters(report, context, "Школа", $"{school.Name} ({school.Code})", year, run?.MethodologyNumber);
        report.Parameters.Insert(1, new KeyFigure("Муниципалитет", school.MunicipalityName));
        SchoolSummary.Add(report, year, results, run, detail, dynamics, context.Settings);
        ParticipationSection.Add(report, results, year, context.Settings);
        var procedures = report.Section("Результаты процедур");
        if (results.Count == 0) procedures.Paragraph($"Нет данных за {year} год.");
        else
            procedures.Paragraph("По каждой процедуре: ключевые показатели школы рядом с муниципалитетом и регионом, распределение отметок и " +
                "первичных баллов, выполнение заданий и умений, сравнение с журнальными отметками. Определения показателей — методика, §3.1.");
        foreach (var result in results)
            ProcedureSections.Add(procedures, result.Design, result.Group, result.Comparisons, context.Settings);
        context.Report("Контекстный эффект", 4, Stages);
        EffectSection.Add(report, year, run, detail, rows, context.Scope.IsRegionWide);
        ObjectivitySection.Add(report, year, run, detail, results.ToDictionary(r => r.Design.Code, r => r.Title));
        DynamicsSection.Add(report.Section("Динамика"), dynamics, "школы", year, context.Settings);

        context.Report("Рекомендации", 5, Stages);
        var facts = new List<RecommendationFact>();
        foreach (var result in results)
            if (result.Region is { } region)
                facts.AddRange(RecommendationFacts.OfProcedure(result.Design, result.Group, region, context.Settings));
        if (dynamics is not null) facts.AddRange(RecommendationFacts.OfDynamics(dynamics, context.Settings));
        if (detail is not null) facts.AddRange(RecommendationFacts.OfSchoolAnalysis(detail));
        var recommendations = RecommendationEngine.Apply(await context.RulesAsync(cancellationToken), "school", facts);
        var advice = report.Section("Адресные рекомендации");
        if (recommendations.Count == 0)
            advice.Paragraph("По результатам школы не сработало ни одно правило рекомендаций. Правила, их пороги и тексты приведены " +
                "на странице «Правила рекомендаций» (/reports/rules).");
        else
            advice.Paragraph("Рекомендации сформированы по правилам (страница /reports/rules) из показателей этого отчёта; под каждой — " +
                "числа, по которым сработало правило.").Recommendations(recommendations);
        context.Report("Готово", Stages, Stages);
        return report;
    }
}
