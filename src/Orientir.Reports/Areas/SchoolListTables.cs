using Orientir.Analytics.Indicators;
using Orientir.Data.Schools;
using Orientir.Domain.Results;
using Orientir.Reports.Content;
using Orientir.Reports.Labels;

namespace Orientir.Reports.Areas;

/// <summary>The four lists of a run (docs/methodology.md §4) and what puts a school on each.</summary>
public enum AreaList
{
    LowResults,
    Unfavourable,
    Resilient,
    NonObjective,
}

/// <summary>
/// The tables of the published lists for the municipality and region reports: each school with the numbers that put
/// it on the list, and (for a municipality, where the lists are short) the evidence in words. The order is the pages'
/// («Анализ школ»): the lowest composite, the least favourable context, the largest effect, the most markers first.
/// </summary>
public static class SchoolListTables
{
    public static IReadOnlyList<AreaList> All { get; } = [AreaList.LowResults, AreaList.Unfavourable, AreaList.Resilient, AreaList.NonObjective];

    public static string Title(AreaList list) => list switch
    {
        AreaList.LowResults => "Школы с низкими образовательными результатами (ШНОР)",
        AreaList.Unfavourable => "Школы в неблагоприятных социальных условиях (ШНСУ)",
        AreaList.Resilient => "Резильентные школы",
        _ => "Школы с признаками необъективных результатов",
    };

    public static string ShortTitle(AreaList list) => list switch
    {
        AreaList.LowResults => "ШНОР",
        AreaList.Unfavourable => "ШНСУ",
        AreaList.Resilient => "Резильентные",
        _ => "Необъективность",
    };

    public static IReadOnlyList<SchoolAnalysisRow> Of(IReadOnlyList<SchoolAnalysisRow> rows, AreaList list) => list switch
    {
        AreaList.LowResults => rows.Where(r => r.LowResults).OrderBy(r => r.LowResultsComposite ?? double.MaxValue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList(),
        AreaList.Unfavourable => rows.Where(r => r.Unfavourable).OrderBy(r => r.ContextIndex ?? double.MaxValue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList(),
        AreaList.Resilient => rows.Where(r => r.Resilient).OrderByDescending(r => r.LevelEffect ?? double.MinValue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList(),
        _ => rows.Where(r => r.NonObjective).OrderByDescending(r => r.Markers).ThenBy(r => r.Code, StringComparer.Ordinal).ToList(),
    };

    /// <summary>
    /// One list as a table. <paramref name="withMunicipality"/> adds the municipality column (the region's lists);
    /// <paramref name="withEvidence"/> adds the evidence of the list's section in words (the municipality's lists).
    /// </summary>
    public static TableBlock Table(AreaList list, IReadOnlyList<SchoolAnalysisRow> listed, MarkersByProcedure markers,
        bool withMunicipality, bool withEvidence, string caption)
    {
        var columns = new List<ReportColumn> { new("Код"), new("Школа") };
        if (withMunicipality) columns.Add(new("Муниципалитет"));
        columns.AddRange(list switch
        {
            AreaList.LowResults => [new("Сводный показатель результатов", CellFormat.Decimal2), new("ИСБШ", CellFormat.Decimal2), new("Эффект школы", CellFormat.Decimal2)],
            AreaList.Unfavourable => [new("ИСБШ", CellFormat.Decimal2), new("Процентиль ИСБШ", CellFormat.Decimal1), new("Кластер")],
            AreaList.Resilient => [new("ИСБШ", CellFormat.Decimal2), new("Эффект школы", CellFormat.Decimal2), new("Нижняя граница 95 %", CellFormat.Decimal2), new("Верхняя граница 95 %", CellFormat.Decimal2)],
            _ => new ReportColumn[] { new("Процедур с признаками", CellFormat.Integer), new("Признаков", CellFormat.Integer), new("Признаки по процедурам") },
        });
        if (withEvidence) columns.Add(new("Основание"));

        var rows = listed.Select(r =>
        {
            var row = new List<object?> { r.Code, r.Name };
            if (withMunicipality) row.Add(r.MunicipalityName);
            row.AddRange(list switch
            {
                AreaList.LowResults => [r.LowResultsComposite, r.ContextIndex, r.LevelEffect],
                AreaList.Unfavourable => [r.ContextIndex, r.ContextPercentile, EvidenceLabels.Cluster(r.Cluster)],
                AreaList.Resilient => [r.ContextIndex, r.LevelEffect, r.LevelLower, r.LevelUpper],
                _ => new object?[] { r.MarkedProcedures, r.Markers, markers.Text(r.Code, compact: !withEvidence) },
            });
            if (withEvidence) row.Add(EvidenceLabels.Text(Headline(r, list)));
            return row.ToArray();
        }).ToList();
        return new TableBlock(AreaText.Sheet(ShortTitle(list)), caption, columns, rows);
    }

    /// <summary>The section of a school's evidence that says why it is on <paramref name="list"/>.</summary>
    public static string Section(AreaList list) => list switch
    {
        AreaList.LowResults => EvidenceSections.LowResults,
        AreaList.Unfavourable => EvidenceSections.Context,
        AreaList.Resilient => EvidenceSections.Resilience,
        _ => EvidenceSections.Objectivity,
    };

    private static readonly string[] DetailPrefixes = ["rank_", "percentile_", "schools_ranked_", "low_results", "context_minimum_", "passport_"];

    /// <summary>
    /// The numbers that decide the list (the composite of the years and its cut-off, the index and its threshold, the
    /// markers counted), as on the page's lists; the components behind them are on the school's report.
    /// </summary>
    public static IReadOnlyList<Analytics.Schools.Evidence> Headline(SchoolAnalysisRow row, AreaList list) =>
        row.Evidence.TryGetValue(Section(list), out var evidence)
            ? evidence.Where(e => !e.Key.Contains(':') && !e.Key.EndsWith("_z", StringComparison.Ordinal)
                && !DetailPrefixes.Any(p => e.Key.StartsWith(p, StringComparison.Ordinal))
                && !(e.Key.StartsWith("cutoff_", StringComparison.Ordinal) && char.IsDigit(e.Key[^1]))).ToList()
            : [];
}

/// <summary>The raised markers of a run, school by school, each procedure named in words or, compactly, as the federal table does.</summary>
public sealed class MarkersByProcedure
{
    private readonly Dictionary<string, List<MarkerRow>> _bySchool;
    private readonly Dictionary<string, ProcedureDesign> _designs;

    public MarkersByProcedure(IReadOnlyList<MarkerRow> raised, IEnumerable<ProcedureDesign> designs)
    {
        _bySchool = raised.Where(m => m.Raised).GroupBy(m => m.SchoolCode).ToDictionary(g => g.Key, g => g.ToList());
        _designs = designs.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>«а — не подтверждено независимой процедурой; б — …»: the legend of the compact form.</summary>
    public static string Legend =>
        string.Join("; ", EvidenceLabels.MarkerLetters.Select(p => $"{p.Value} — {Lower(EvidenceLabels.Marker(p.Key))}"));

    public int Count => _bySchool.Values.Sum(v => v.Count);

    /// <summary>
    /// «ВПР Русский язык, 4 класс: пики у границ отметок, отметки выше журнальных», or compactly «ВПР 4 РУ: в, г»;
    /// procedures separated by «; ».
    /// </summary>
    public string Text(string schoolCode, bool compact = false) =>
        _bySchool.TryGetValue(schoolCode, out var markers)
            ? string.Join("; ", markers.GroupBy(m => m.ProcedureCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => compact
                    ? $"{Short(g.Key)}: {string.Join(", ", g.Select(m => EvidenceLabels.MarkerLetter(m.Kind)).Order(StringComparer.Ordinal))}"
                    : $"{Title(g.Key)}: {string.Join(", ", g.Select(m => Lower(EvidenceLabels.Marker(m.Kind))))}"))
            : "";

    private string Title(string code) => _designs.TryGetValue(code, out var design) ? AreaText.ProcedureTitle(design) : code;

    private string Short(string code) =>
        _designs.TryGetValue(code, out var d)
            ? $"{d.Kind.Russian()} {d.Grade} {d.Subject switch { "RU" => "РУ", "MA" => "МА", var other => other }}"
            : code;

    /// <summary>How many raised markers each procedure has in the reader's scope.</summary>
    public IReadOnlyDictionary<string, int> PerProcedure() =>
        _bySchool.Values.SelectMany(v => v).GroupBy(m => m.ProcedureCode).ToDictionary(g => g.Key, g => g.Count());

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], AreaText.Russian) + text[1..];
}
