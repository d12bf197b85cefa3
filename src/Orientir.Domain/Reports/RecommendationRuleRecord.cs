namespace Orientir.Domain.Reports;

/// <summary>
/// A rule of the reports' targeted recommendations as stored: which level's reports it speaks in, which fact it reads,
/// its comparison and threshold, how many recommendations it may give, its order and its Russian wording. Kept in the
/// database so that a methodologist rewords or retunes it without a release (docs/reports/recommendations.md).
/// </summary>
public sealed class RecommendationRuleRecord
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    /// <summary><c>school</c>, <c>municipality</c> or <c>region</c>.</summary>
    public string Level { get; set; } = "school";
    public string Fact { get; set; } = "";
    /// <summary><c>AtLeast</c> or <c>AtMost</c> (Analytics.Recommendations.RuleComparison).</summary>
    public string Comparison { get; set; } = "AtLeast";
    public double Threshold { get; set; }
    public int Limit { get; set; } = 1;
    public int Priority { get; set; }
    public string Template { get; set; } = "";
    public bool Active { get; set; } = true;
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}
