using Orientir.Analytics.Context;
using Orientir.Analytics.LowResults;
using Orientir.Analytics.Objectivity;
using Orientir.Analytics.Performance;

namespace Orientir.Analytics.Schools;

/// <summary>Everything the school analytics of a year found, method by method, for every school of the input.</summary>
public sealed record SchoolAnalysisResult(
    int Year,
    ContextIndexResult Context,
    ObjectivityResult Objectivity,
    PerformanceResult Performance,
    LowResultsResult LowResults,
    IReadOnlyList<SchoolResilience> Resilience);

/// <summary>
/// The school analytics of domain.md §4.2–4.3 in the order their dependencies ask for: the social context first
/// (the model adjusts for it); the signs of non-objective results next, because a flagged school's judged results
/// must neither inflate its context-adjusted effect nor hide a low result (its ВПР are left out of the models and
/// it is judged for ШНОР by its independent results); then the model, the low results and resilience.
/// </summary>
public static class SchoolAnalysis
{
    public static SchoolAnalysisResult Run(SchoolAnalysisInput input, SchoolAnalysisSettings settings, IProgress<string>? progress = null)
    {
        progress?.Report("Индекс социального благополучия (ИСБШ)");
        var context = ContextIndex.Compute(input.Schools, settings.Context);

        progress?.Report("Признаки необъективности");
        var objectivity = ObjectivityAnalysis.Run(input, settings.Objectivity);
        var nonObjective = objectivity.Schools.Where(s => s.Listed).Select(s => s.SchoolId).ToHashSet();
        var judgedOfListed = objectivity.Schools.Where(s => s.Listed)
            .SelectMany(s => s.JudgedProcedures.Concat(s.NotJudgedProcedures).Select(code => new SchoolProcedure(s.SchoolId, code)))
            .ToHashSet();

        progress?.Report("Контекстная результативность (двухуровневая модель)");
        var index = context.Schools.Where(s => s.Index is not null).ToDictionary(s => s.SchoolId, s => s.Index!.Value);
        var performance = ContextAdjustedPerformance.Estimate(input, index, settings.Performance, judgedOfListed);

        progress?.Report("Школы с низкими результатами (ШНОР)");
        var lowResults = LowResultsAnalysis.Run(input, settings.LowResults, nonObjective);

        progress?.Report("Резильентные школы");
        var resilience = Resilience.Judge(context, performance.Level, settings.Resilience);
        return new SchoolAnalysisResult(input.Year, context, objectivity, performance, lowResults, resilience);
    }
}
