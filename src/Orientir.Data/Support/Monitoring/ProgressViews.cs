using Orientir.Domain.Support;

namespace Orientir.Data.Support.Monitoring;

/// <summary>What a school's programme stood at on one stage (recorded by the daily job).</summary>
public sealed record StageSnapshot(MonitoringStage Stage, DateTime RecordedAtUtc, int DocumentsApproved, int DocumentsTotal,
    int MeasuresDone, int MeasuresOverdue, int MeasuresTotal, int IndicatorsOnTrack, int IndicatorsTotal);

/// <summary>One target school of a programme year in the progress table.</summary>
public sealed record SchoolProgressRow(
    string Code, string Name, string MunicipalityCode, string MunicipalityName, TargetBasis Basis, string? CuratorName,
    ProgrammeFigures Figures, MonitoringStage? CurrentStage, IReadOnlyList<string> ProblemReasons, IReadOnlyList<StageSnapshot> Snapshots)
{
    /// <summary>The school needs attention; <see cref="ProblemReasons"/> say why, with the numbers.</summary>
    public bool Problem => ProblemReasons.Count > 0;
}

/// <summary>A municipality's target schools summed.</summary>
public sealed record MunicipalityProgressRow(string Code, string Name, int Schools, int ProblemSchools, ProgrammeFigures Figures);

/// <summary>A stage of the programme year: its date, whether it has come, and how many schools have a snapshot of it.</summary>
public sealed record StageInfo(MonitoringStage Stage, DateOnly Date, bool Reached, int SchoolsRecorded);

/// <summary>The progress of the target schools of a year in an actor's scope.</summary>
public sealed record SupportProgress(
    int Year, IReadOnlyList<int> Years, IReadOnlyList<StageInfo> Stages, MonitoringStage? CurrentStage,
    IReadOnlyList<SchoolProgressRow> Schools, ProgrammeFigures Totals, IReadOnlyList<MunicipalityProgressRow> Municipalities);

/// <summary>A municipality's support programme: its target schools, problem schools first, and its stages summed.</summary>
public sealed record MunicipalProgramme(
    int Year, IReadOnlyList<int> Years, string Code, string Name, IReadOnlyList<StageInfo> Stages, MonitoringStage? CurrentStage,
    int Schools, int ProblemSchools, ProgrammeFigures Totals, IReadOnlyList<StageTotals> StageTotals, IReadOnlyList<SchoolProgressRow> Rows);

/// <summary>The snapshots of one stage summed over the schools that have one.</summary>
public sealed record StageTotals(MonitoringStage Stage, int Schools, int DocumentsApproved, int DocumentsTotal,
    int MeasuresDone, int MeasuresOverdue, int MeasuresTotal, int IndicatorsOnTrack, int IndicatorsTotal);

public sealed record MeasureRow(int Id, string DocumentTitle, SupportDocumentKind DocumentKind, string Title, DateOnly Deadline,
    string Responsible, MeasureStatus Status, DateTime? DoneAtUtc);

public sealed record IndicatorRow(int Id, string DocumentTitle, string Name, string Unit, bool System, bool HigherIsBetter,
    double Baseline, double Target, double? Measured, int? MeasuredYear, bool OnTrack);

/// <summary>One school's monitoring of a programme year: stages with snapshots, measures, indicators.</summary>
public sealed record SchoolMonitoring(
    string Code, string Name, int Year, IReadOnlyList<StageInfo> Stages, MonitoringStage? CurrentStage,
    ProgrammeFigures Figures, IReadOnlyList<StageSnapshot> Snapshots, IReadOnlyList<MeasureRow> Measures, IReadOnlyList<IndicatorRow> Indicators);
