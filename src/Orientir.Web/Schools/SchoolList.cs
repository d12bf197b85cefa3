using Orientir.Data.Schools;

namespace Orientir.Web.Schools;

/// <summary>The lists of the analysis page and of <c>GET /api/schools/analysis?list=</c>.</summary>
public enum SchoolList
{
    Low,
    Unfavourable,
    Resilient,
    NonObjective,
    All,
}

public static class SchoolLists
{
    public static IReadOnlyList<SchoolList> InTabOrder { get; } =
        [SchoolList.Low, SchoolList.Unfavourable, SchoolList.Resilient, SchoolList.NonObjective, SchoolList.All];

    public static string Title(SchoolList list) => list switch
    {
        SchoolList.Low => "ШНОР",
        SchoolList.Unfavourable => "ШНСУ",
        SchoolList.Resilient => "Резильентные",
        SchoolList.NonObjective => "Признаки необъективности",
        _ => "Все школы",
    };

    /// <summary>The query-string name: low, unfavourable, resilient, nonobjective, all.</summary>
    public static string Name(SchoolList list) => list.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out SchoolList list)
    {
        list = SchoolList.All;
        if (string.IsNullOrEmpty(name)) return true;
        return Enum.TryParse(name, ignoreCase: true, out list) && Enum.IsDefined(list);
    }

    /// <summary>The evidence section that says why a school is on the list.</summary>
    public static string Section(SchoolList list) => list switch
    {
        SchoolList.Low => EvidenceSections.LowResults,
        SchoolList.Unfavourable => EvidenceSections.Context,
        SchoolList.Resilient => EvidenceSections.Resilience,
        SchoolList.NonObjective => EvidenceSections.Objectivity,
        _ => EvidenceSections.Performance,
    };

    /// <summary>
    /// The rows of a list. The non-objectivity table also keeps schools with markers that are not (yet) on the list,
    /// as the federal table does; the listed ones come first.
    /// </summary>
    public static IReadOnlyList<SchoolAnalysisRow> Filter(IReadOnlyList<SchoolAnalysisRow> rows, SchoolList list) => list switch
    {
        SchoolList.Low => rows.Where(r => r.LowResults).OrderBy(r => r.LowResultsComposite ?? double.MaxValue).ThenBy(r => r.Code).ToList(),
        SchoolList.Unfavourable => rows.Where(r => r.Unfavourable).OrderBy(r => r.ContextIndex ?? double.MaxValue).ThenBy(r => r.Code).ToList(),
        SchoolList.Resilient => rows.Where(r => r.Resilient).OrderByDescending(r => r.LevelEffect ?? double.MinValue).ThenBy(r => r.Code).ToList(),
        SchoolList.NonObjective => rows.Where(r => r.NonObjective || r.Markers > 0)
            .OrderByDescending(r => r.NonObjective).ThenByDescending(r => r.Markers).ThenBy(r => r.Code).ToList(),
        _ => rows,
    };

    /// <summary>
    /// The numbers a list row shows: the ones that decide the list (the composite of the years and its cut-off, the
    /// index and its threshold, the passport shares as written). The components behind them — per procedure, per
    /// year's rank, standardised values — are on the school's page, where the whole evidence is.
    /// </summary>
    public static IReadOnlyList<Orientir.Analytics.Schools.Evidence> EvidenceOf(SchoolAnalysisRow row, SchoolList list) =>
        row.Evidence.TryGetValue(Section(list), out var evidence) ? evidence.Where(e => IsHeadline(e.Key)).ToList() : [];

    private static readonly string[] DetailPrefixes = ["rank_", "percentile_", "schools_ranked_", "low_results", "context_minimum_"];

    private static bool IsHeadline(string key) =>
        !key.Contains(':') && !key.EndsWith("_z", StringComparison.Ordinal)
        && !DetailPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))
        && !(key.StartsWith("cutoff_", StringComparison.Ordinal) && char.IsDigit(key[^1]) && !key.Contains("of_years"));

    /// <summary>The flags of a school in words: «ШНОР, ШНСУ».</summary>
    public static string Flags(SchoolAnalysisRow row) =>
        string.Join(", ", new[]
        {
            row.LowResults ? "ШНОР" : null,
            row.Unfavourable ? "ШНСУ" : null,
            row.Resilient ? "резильентная" : null,
            row.NonObjective ? "необъективность" : null,
        }.Where(f => f is not null));
}
