using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Data.Registry;

// The read side's records: what pages, the API and reports show, already limited to the caller's scope.

/// <summary>Counts of what the scope holds; <see cref="IsRegionWide"/> says whether they are the region's.</summary>
public sealed record RegionSummary(bool IsRegionWide, int Municipalities, int Schools, int Procedures, long Works);

public sealed record MunicipalityRow(string Code, string Name, int Schools);

public sealed record SchoolRow(string Code, string Name, string MunicipalityCode, SchoolType Type, Locality Locality, int? Students);

public sealed record MunicipalityDetail(string Code, string Name, IReadOnlyList<SchoolRow> Schools);

/// <summary>A procedure a school took part in, with its own participants.</summary>
public sealed record SchoolProcedureRow(string Code, string Title, int Year, int Participants);

public sealed record SchoolDetail(
    string Code,
    string Name,
    string MunicipalityCode,
    string MunicipalityName,
    SchoolType Type,
    Locality Locality,
    int? Students,
    SocialPassport Passport,
    IReadOnlyList<SchoolProcedureRow> Procedures);

/// <summary>A procedure with the number of works of the scope's students.</summary>
public sealed record ProcedureRow(string Code, string Title, ProcedureKind Kind, string Subject, int Grade, int Year, int Tasks, long Participants);

public sealed record TaskRow(int Number, string Label, int MaxScore, TaskLevel Level, IReadOnlyList<string> Skills);

public sealed record ProcedureDetail(
    string Code,
    string Title,
    ProcedureKind Kind,
    string Subject,
    int Grade,
    int Year,
    int MaxScore,
    MarkThresholds? Thresholds,
    int? MinScore,
    IReadOnlyList<TaskRow> Tasks,
    long Participants,
    int Schools);
