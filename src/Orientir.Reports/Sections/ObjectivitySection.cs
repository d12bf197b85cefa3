using Orientir.Data.Schools;
using Orientir.Reports.Content;
using Orientir.Reports.Labels;

namespace Orientir.Reports.Sections;

/// <summary>
/// Every marker of non-objectivity checked for the school, per procedure, raised or not, with the numbers it was
/// judged by (methodology §4.4: each marker's statistic is calibrated against the region's schools).
/// </summary>
public static class ObjectivitySection
{
    public static void Add(Report report, int year, SchoolAnalysisRunInfo? run, SchoolAnalysisDetail? detail, IReadOnlyDictionary<string, string> procedureTitles)
    {
        var section = report.Section("Признаки необъективности");
        if (run is null || detail is null)
        {
            section.Paragraph(run is null
                ? $"Нет данных за {year} год: анализ школ за этот год не опубликован, признаки необъективности не проверялись."
                : $"Нет данных за {year} год: школа не вошла в анализ, признаки необъективности не проверялись.");
            return;
        }
        if (detail.Markers.Count == 0)
        {
            section.Paragraph($"Нет данных за {year} год: ни одна процедура школы не проверялась на признаки необъективности (слишком мало работ).");
            return;
        }
        var raised = detail.Markers.Where(m => m.Raised).ToList();
        var procedures = detail.Markers.Select(m => m.ProcedureCode).Distinct().Count();
        section.Paragraph(raised.Count == 0
            ? $"Проверено признаков — {detail.Markers.Count} по {procedures} процедурам; ни один признак не выявлен."
            : $"Проверено признаков — {detail.Markers.Count} по {procedures} процедурам; выявлено — {raised.Count}: " +
              string.Join("; ", raised.GroupBy(m => m.ProcedureCode).Select(g =>
                  $"{Title(g.Key, procedureTitles)} ({string.Join(", ", g.Select(m => EvidenceLabels.MarkerLetter(m.Kind)).Order(StringComparer.Ordinal))})")) +
              ". Признак — повод проверить организацию процедуры и проверку работ, а не вывод о необъективности.");
        section.Paragraph("Признаки (методика, §4.4): " +
            string.Join("; ", EvidenceLabels.Markers.Select(m => $"{EvidenceLabels.MarkerLetter(m.Key)}) {m.Value.ToLowerInvariant()}")) + ".");
        var rows = detail.Markers
            .OrderByDescending(m => m.Raised).ThenBy(m => m.ProcedureCode, StringComparer.Ordinal).ThenBy(m => EvidenceLabels.MarkerLetter(m.Kind), StringComparer.Ordinal)
            .Select(m => new object?[]
            {
                Title(m.ProcedureCode, procedureTitles), EvidenceLabels.MarkerLetter(m.Kind),
                m.Raised ? "выявлен" : "нет", Finite(m.Statistic), EvidenceLabels.Text([.. m.Evidence.Where(e => e.Key != "z")]),
            })
            .ToList();
        section.Table(new TableBlock("Необъективность", $"Признаки необъективности результатов {year} года по процедурам (буквы признаков — выше; z — статистика признака относительно школ региона)",
            [new("Процедура"), new("Признак"), new("Итог"), new("z", CellFormat.Decimal2), new("Показатели")], rows));
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Title(string code, IReadOnlyDictionary<string, string> titles) => titles.TryGetValue(code, out var title) ? title : code;
}
