using Orientir.Analytics.Support.Risk;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Risk;

public sealed record RiskQuestionView(int Id, string Text, int Order);

/// <summary>A factor of the common list with its questions, in order.</summary>
public sealed record RiskFactorView(string Code, string Name, int Order, IReadOnlyList<RiskQuestionView> Questions);

/// <summary>A question of a profile with the school's answer (1–4), or null when not answered.</summary>
public sealed record RiskAnswerView(int QuestionId, string Text, int? Value);

/// <summary>One factor of a school's profile: the questions and answers, each level and whether it is a priority risk.</summary>
public sealed record RiskProfileFactorView(
    string Code, string Name, IReadOnlyList<RiskAnswerView> Questions,
    RiskLevel? DataLevel, IReadOnlyList<Evidence> Evidence, RiskLevel? SelfLevel, RiskLevel? Level, bool Priority);

/// <summary>
/// A school's risk profile of a year, all 11 factors. <see cref="Saved"/> is false before the leader's first write (then
/// the data levels are computed for the reading, not stored). <see cref="CanEdit"/>: the reader is the school's leader.
/// </summary>
public sealed record RiskProfileView(
    int SchoolId, string SchoolCode, int Year, bool Saved, DateTime? UpdatedAtUtc, string? UpdatedBy, DateTime? SubmittedAtUtc,
    int MaxPriorityRisks, bool CanEdit, IReadOnlyList<RiskProfileFactorView> Factors);
