using Orientir.Data.Import;
using Orientir.Domain.Access;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>A stored rule as the rules page, the API and the export show it.</summary>
public sealed record RecommendationRuleRow(
    string Code, string Level, string Fact, string Comparison, double Threshold, int Limit, int Priority, string Template, bool Active,
    string UpdatedBy, DateTime UpdatedAtUtc)
{
    public static RecommendationRuleRow Of(RecommendationRuleRecord r) =>
        new(r.Code, r.Level, r.Fact, r.Comparison, r.Threshold, r.Limit, r.Priority, r.Template, r.Active, r.UpdatedBy, r.UpdatedAtUtc);
}

/// <summary>A whole rule as a file row or the add form gives it; <see cref="Comparison"/> is <c>AtLeast</c> or <c>AtMost</c>.</summary>
public sealed record RecommendationRuleInput(
    string Code, string Level, string Fact, string Comparison, double Threshold, int Limit, int Priority, string Template, bool Active = true);

/// <summary>What an editor may change in a rule; null keeps the value as it is.</summary>
public sealed record RecommendationRuleChange(string? Template = null, double? Threshold = null, int? Limit = null, int? Priority = null, bool? Active = null);

/// <summary>Who changes the rules: the account's name (for the audit) and role.</summary>
public sealed record RuleEditor(string UserName, string Role)
{
    /// <summary>
    /// The region's methodical side keeps the wording of its recommendations: the administrator, the regional analyst
    /// (who publishes the reports) and the methodologist (who writes what schools should do). Municipal officers, curators,
    /// schools and teachers read the rules.
    /// </summary>
    public bool CanEdit => Role is Roles.Admin or Roles.RegionAnalyst or Roles.Methodologist;

    public const string NotEditor = "Правила рекомендаций меняют администратор, региональный аналитик и методист.";
}
