using System.Text.RegularExpressions;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Import;

namespace Orientir.Data.Reports;

/// <summary>One problem of a rule: the file column it is in, the import code and the Russian message.</summary>
public sealed record RuleProblem(string Column, string Code, string Message)
{
    /// <summary>«Порог: …» for a form or the API.</summary>
    public override string ToString() => $"{RecommendationRuleCheck.FieldName(Column)}: {Message}";
}

/// <summary>
/// What a rule must be, wherever it comes from (the form, the API, a file, the shipped defaults): a known level and fact
/// kind, a threshold in the kind's range, a limit and priority in range, a wording that uses only the kind's words.
/// </summary>
public static partial class RecommendationRuleCheck
{
    public const int CodeLength = 64;
    public const int TemplateLength = 2000;
    public const int MaxLimit = 50;
    public const int MaxPriority = 999;

    public static string FieldName(string column) => column switch
    {
        "code" => "Код",
        "level" => "Уровень",
        "fact" => "Факт",
        "comparison" => "Условие",
        "threshold" => "Порог",
        "limit" => "Не более",
        "priority" => "Приоритет",
        "template" => "Формулировка",
        "active" => "Действует",
        _ => column,
    };

    /// <summary><c>AtLeast</c> or <c>AtMost</c> from what a file may say: the name, <c>&gt;=</c>, <c>≥</c>, «не меньше»; null when none.</summary>
    public static RuleComparison? ParseComparison(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "atleast" or "at_least" or ">=" or "≥" or "не меньше" or "не менее" => RuleComparison.AtLeast,
        "atmost" or "at_most" or "<=" or "≤" or "не больше" or "не более" => RuleComparison.AtMost,
        _ => null,
    };

    public static string ComparisonSign(RuleComparison comparison) => comparison == RuleComparison.AtLeast ? ">=" : "<=";

    public static List<RuleProblem> Problems(RecommendationRuleInput input)
    {
        var problems = new List<RuleProblem>();
        if (input.Code.Length == 0) problems.Add(new("code", ImportCodes.MissingValue, "не заполнено обязательное значение"));
        else if (input.Code.Length > CodeLength || !CodePattern().IsMatch(input.Code))
            problems.Add(new("code", ImportCodes.UnknownValue,
                $"«{input.Code}» — код из латинских букв, цифр, «_», «-» и «.», не длиннее {CodeLength} символов"));
        if (!RecommendationFactKinds.IsLevel(input.Level))
            problems.Add(new("level", ImportCodes.UnknownValue, $"«{input.Level}» — не уровень отчёта (school, municipality, region)"));
        if (ParseComparison(input.Comparison) is null)
            problems.Add(new("comparison", ImportCodes.UnknownValue, $"«{input.Comparison}» — не условие (>= или <=)"));
        var kind = RecommendationFactKinds.Find(input.Fact);
        if (kind is null)
            problems.Add(new("fact", ImportCodes.UnknownValue, $"«{input.Fact}» — неизвестный факт (список: docs/reports/recommendations.md)"));
        problems.AddRange(Values(kind, input.Threshold, input.Limit, input.Priority, input.Template));
        return problems;
    }

    /// <summary>The checks of what an editor may change, against the rule's fact kind.</summary>
    public static List<RuleProblem> Values(RecommendationFactKind? kind, double threshold, int limit, int priority, string template)
    {
        var problems = new List<RuleProblem>();
        if (kind is not null && (!double.IsFinite(threshold) || threshold < kind.MinThreshold || threshold > kind.MaxThreshold))
            problems.Add(new("threshold", ImportCodes.BadNumber,
                $"порог {RecommendationEngine.Number(threshold)}: для факта «{kind.Code}» должен быть от {RecommendationEngine.Number(kind.MinThreshold)} до {RecommendationEngine.Number(kind.MaxThreshold)}"));
        if (limit is < 1 or > MaxLimit)
            problems.Add(new("limit", ImportCodes.BadNumber, $"{limit}: должно быть от 1 до {MaxLimit}"));
        if (priority is < 1 or > MaxPriority)
            problems.Add(new("priority", ImportCodes.BadNumber, $"{priority}: должно быть от 1 до {MaxPriority}"));
        if (string.IsNullOrWhiteSpace(template))
            problems.Add(new("template", ImportCodes.MissingValue, "не заполнено обязательное значение"));
        else if (template.Length > TemplateLength)
            problems.Add(new("template", ImportCodes.ValueTooLong, $"значение длиннее {TemplateLength} символов ({template.Length})"));
        else if (kind is not null && RecommendationFactKinds.UnknownPlaceholders(template, kind) is { Count: > 0 } unknown)
            problems.Add(new("template", ImportCodes.UnknownValue,
                $"{string.Join(", ", unknown.Select(u => "{" + u + "}"))} — нет у факта «{kind.Code}»; можно: {string.Join(", ", kind.Placeholders.Select(p => "{" + p + "}"))}"));
        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+$")]
    private static partial Regex CodePattern();
}
