using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>One revision of a year's target list as the lists page shows it; <see cref="IncludedSchools"/> counts the actor's scope only.</summary>
public sealed record TargetListInfo(
    int Id, int Year, int Revision, TargetListStatus Status, bool InForce, int SourceRunId, int MethodologyVersion,
    string CreatedBy, DateTime CreatedAtUtc, string? ApprovedBy, DateTime? ApprovedAtUtc,
    DateOnly EntryStageDate, DateOnly InterimStageDate, DateOnly FinalStageDate, int IncludedSchools);

/// <summary>A year of the programme: its revisions (newest first) and whether a list can be formed from a published run.</summary>
public sealed record TargetListYear(int Year, bool HasPublishedRun, bool HasDraft, IReadOnlyList<TargetListInfo> Revisions);

/// <summary>A school on a revision with the source run's figures that put it there, and its current curator.</summary>
public sealed record TargetListSchoolRow(
    string Code, string Name, string MunicipalityName, TargetBasis Basis, bool Included, string? Reason,
    double? LowResultsComposite, double? ContextIndex, string? CuratorUserId, string? CuratorName);

public sealed record TargetListDetail(TargetListInfo List, IReadOnlyList<TargetListSchoolRow> Schools);

public sealed record TargetListChangeRow(DateTime AtUtc, string Action, string? SchoolCode, string? SchoolName, string? Reason, string User);

/// <summary>What a list command left: the revision it acted on.</summary>
public sealed record TargetListSaved(int Id, int Year, int Revision, TargetListStatus Status);

public sealed record CuratorSchoolRef(string Code, string Name);

public sealed record CuratorAccount(string UserId, string Email, string Name, IReadOnlyList<CuratorSchoolRef> Schools);

/// <summary>One period of a school's curator; <see cref="ToUtc"/> null for the current one.</summary>
public sealed record CuratorPeriod(string CuratorUserId, string CuratorName, DateTime FromUtc, DateTime? ToUtc, string AssignedBy, string? Reason);

public sealed record CuratorWorkspaceSchool(
    string Code, string Name, string MunicipalityName, int Year, TargetBasis Basis,
    int AwaitingReview, int ReturnedToSchool, int OverdueMeasures, MonitoringStage? NextStage, DateOnly? NextStageDate);

/// <summary>A curator's schools on the lists in force and what each waits for; the totals sum the schools.</summary>
public sealed record CuratorWorkspace(IReadOnlyList<CuratorWorkspaceSchool> Schools, int AwaitingReview, int ReturnedToSchool, int OverdueMeasures)
{
    public CuratorWorkspaceSchool? NextStageSchool => Schools.Where(s => s.NextStageDate is not null).MinBy(s => s.NextStageDate);
}
