namespace Orientir.Analytics.Recommendations;

/// <summary>
/// A kind of fact the reports measure: its code, what its value is (in Russian, for the rules page), the range a
/// threshold may take, and the words a template may use besides <c>{value}</c> and <c>{threshold}</c>.
/// </summary>
public sealed record RecommendationFactKind(string Code, string Meaning, double MinThreshold, double MaxThreshold, IReadOnlyList<string> Words)
{
    /// <summary>Every placeholder a template of this kind may use.</summary>
    public IEnumerable<string> Placeholders => Words.Append("value").Append("threshold");
}

/// <summary>
/// The catalogue of fact kinds. The facts are code (Reports.Recommendations.RecommendationFacts measures them); what a
/// rule says about them and from which threshold is data (docs/reports/recommendations.md).
/// </summary>
public static class RecommendationFactKinds
{
    public const string School = "school";
    public const string Municipality = "municipality";
    public const string Region = "region";

    /// <summary>The levels of reports a rule speaks in.</summary>
    public static IReadOnlyList<string> Levels { get; } = [School, Municipality, Region];

    public static string LevelName(string level) => level switch
    {
        School => "Школа",
        Municipality => "Муниципалитет",
        Region => "Регион",
        _ => level,
    };

    private static readonly string[] ProcedureWords = ["procedure", "subject", "grade", "group", "region_value", "participants"];

    public static IReadOnlyList<RecommendationFactKind> All { get; } =
    [
        new("skill_success", "Выполнение умения, %", 0, 100, [.. ProcedureWords, "skill", "tasks", "success", "gap"]),
        new("skill_gap", "Отставание умения от региона, п. п.", -100, 100, [.. ProcedureWords, "skill", "tasks", "success", "gap"]),
        new("task_basic_success", "Выполнение задания базового уровня, %", 0, 100, [.. ProcedureWords, "task", "skills"]),
        new("share_of_two", "Доля «2» (ЕГЭ — ниже минимума), %", 0, 100, [.. ProcedureWords, "failed"]),
        new("high_marks_share", "Доля «4» и «5», %", 0, 100, ProcedureWords),
        new("journal_lower_share", "Доля «понизили» (отметка ниже журнальной), %", 0, 100, ProcedureWords),
        new("journal_higher_share", "Доля «повысили» (отметка выше журнальной), %", 0, 100, ProcedureWords),
        new("two_share_rise", "Рост доли «2» за год, п. п.", -100, 100, ["series", "year", "share"]),
        new("marker_raised", "Признак необъективности (статистика z)", -100, 100, ["marker", "procedure", "group"]),
        new("low_results", "Школа в списке ШНОР (1 — да)", 0, 1, ["group"]),
        new("unfavourable", "Школа в ШНСУ (1 — да)", 0, 1, ["group"]),
        new("level_effect_upper", "Верхняя граница 95 % интервала контекстного эффекта", -5, 5, ["group", "effect", "lower", "upper"]),
        new("growth_effect", "Эффект прироста", -5, 5, ["group", "effect", "lower", "upper"]),
        new("low_results_share", "Доля ШНОР среди школ, %", 0, 100, ["group", "count", "total", "schools"]),
        new("non_objective_share", "Доля школ с признаками необъективности, %", 0, 100, ["group", "count", "total", "schools"]),
        new("unfavourable_share", "Доля ШНСУ среди школ, %", 0, 100, ["group", "count", "total", "schools"]),
        new("low_results_schools", "Число ШНОР", 0, 100_000, ["group", "count", "total", "schools"]),
    ];

    private static readonly Dictionary<string, RecommendationFactKind> ByCode = All.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static RecommendationFactKind? Find(string code) => ByCode.GetValueOrDefault(code);

    public static bool IsLevel(string level) => Levels.Contains(level, StringComparer.Ordinal);

    /// <summary>The placeholders of <paramref name="template"/> that facts of <paramref name="kind"/> cannot fill, in order of appearance.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string template, RecommendationFactKind kind)
    {
        var known = kind.Placeholders.ToHashSet(StringComparer.Ordinal);
        return RecommendationEngine.Placeholders(template).Where(p => !known.Contains(p)).Distinct().ToList();
    }
}
