namespace Orientir.Domain.Support;

public enum RiskLevel { Low, Medium, High }

/// <summary>A risk factor of the federal project's common list (domain.md §4.4), kept as reference data.</summary>
public sealed class RiskFactor
{
    public int Id { get; set; }
    /// <summary>Stable code such as <c>staffing</c>; documents and profiles refer to it.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>A question of the school self-assessment questionnaire; answered 1 (не согласен) … 4 (полностью согласен) that the risk is present.</summary>
public sealed class RiskQuestion
{
    public int Id { get; set; }
    public string FactorCode { get; set; } = "";
    public string Text { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>A school's risk profile of a year: questionnaire answers, each factor's level, and the priority risks.</summary>
public sealed class RiskProfile
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
    /// <summary>Set when the school leader confirms the profile and its priority risks.</summary>
    public DateTime? SubmittedAtUtc { get; set; }
}

public sealed class RiskAnswer
{
    public long Id { get; set; }
    public int ProfileId { get; set; }
    public int QuestionId { get; set; }
    /// <summary>1–4.</summary>
    public int Value { get; set; }
}

/// <summary>
/// One factor of a profile: the level the data gives (with its evidence), the level the questionnaire gives, and the
/// level in force (the higher of the two unless the school sets it otherwise with a comment).
/// </summary>
public sealed class RiskProfileFactor
{
    public long Id { get; set; }
    public int ProfileId { get; set; }
    public string FactorCode { get; set; } = "";
    public RiskLevel? DataLevel { get; set; }
    public string DataEvidenceJson { get; set; } = "[]";
    public RiskLevel? SelfLevel { get; set; }
    public RiskLevel? Level { get; set; }
    public bool Priority { get; set; }
}
