using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Monitoring;

/// <summary>Where a school's programme of a year stands: its documents, measures and indicators counted.</summary>
public sealed record ProgrammeFigures(
    int DocumentsApproved, int DocumentsReturned, int DocumentsTotal,
    int MeasuresDone, int MeasuresOverdue, int MeasuresTotal,
    int IndicatorsOnTrack, int IndicatorsTotal)
{
    public static ProgrammeFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static ProgrammeFigures Sum(IEnumerable<ProgrammeFigures> figures) => figures.Aggregate(None, (a, b) => new(
        a.DocumentsApproved + b.DocumentsApproved, a.DocumentsReturned + b.DocumentsReturned, a.DocumentsTotal + b.DocumentsTotal,
        a.MeasuresDone + b.MeasuresDone, a.MeasuresOverdue + b.MeasuresOverdue, a.MeasuresTotal + b.MeasuresTotal,
        a.IndicatorsOnTrack + b.IndicatorsOnTrack, a.IndicatorsTotal + b.IndicatorsTotal));

    /// <summary>
    /// The figures of each of <paramref name="schoolIds"/> for the programme year: every document of the year, every
    /// measure and indicator of those documents; an indicator is on track by <see cref="IndicatorTrack"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, ProgrammeFigures>> ReadAsync(OrientirDbContext db, int year,
        IReadOnlyCollection<int> schoolIds, MonitoringSettings settings, CancellationToken cancellationToken = default)
    {
        var ids = schoolIds.Distinct().ToList();
        var documents = await db.SupportDocuments.AsNoTracking().Where(d => d.Year == year && ids.Contains(d.SchoolId))
            .Select(d => new { d.Id, d.SchoolId, d.Status }).ToListAsync(cancellationToken);
        var documentIds = documents.Select(d => d.Id).ToList();
        var measures = await db.SupportMeasures.AsNoTracking().Where(m => documentIds.Contains(m.DocumentId))
            .Select(m => new { m.DocumentId, m.Status }).ToListAsync(cancellationToken);
        var indicators = await db.ProgrammeIndicators.AsNoTracking().Where(i => documentIds.Contains(i.DocumentId))
            .Select(i => new { i.DocumentId, i.Baseline, i.Target, i.Measured, i.HigherIsBetter }).ToListAsync(cancellationToken);
        var schoolOf = documents.ToDictionary(d => d.Id, d => d.SchoolId);

        return ids.ToDictionary(id => id, id =>
        {
            var own = documents.Where(d => d.SchoolId == id).ToList();
            var ownMeasures = measures.Where(m => schoolOf[m.DocumentId] == id).ToList();
            var ownIndicators = indicators.Where(i => schoolOf[i.DocumentId] == id).ToList();
            return new ProgrammeFigures(
                own.Count(d => d.Status == DocumentStatus.Approved), own.Count(d => d.Status == DocumentStatus.Returned), own.Count,
                ownMeasures.Count(m => m.Status == MeasureStatus.Done), ownMeasures.Count(m => m.Status == MeasureStatus.Overdue), ownMeasures.Count,
                ownIndicators.Count(i => IndicatorTrack.IsOnTrack(i.Baseline, i.Target, i.Measured, i.HigherIsBetter, settings.MinimumProgressShare)),
                ownIndicators.Count);
        });
    }
}

/// <summary>The monitoring stages of a list: which one a date falls in.</summary>
public static class MonitoringStages
{
    public static IReadOnlyList<MonitoringStage> All { get; } = [MonitoringStage.Entry, MonitoringStage.Interim, MonitoringStage.Final];

    public static DateOnly DateOf(TargetList list, MonitoringStage stage) => stage switch
    {
        MonitoringStage.Entry => list.EntryStageDate,
        MonitoringStage.Interim => list.InterimStageDate,
        _ => list.FinalStageDate,
    };

    /// <summary>The latest stage whose date has come by <paramref name="today"/>; null before the entry stage.</summary>
    public static MonitoringStage? Current(TargetList list, DateOnly today) =>
        All.Where(s => DateOf(list, s) <= today).Select(s => (MonitoringStage?)s).LastOrDefault();

    public static string Code(MonitoringStage stage) => stage.ToString().ToLowerInvariant();
}

/// <summary>The methodology's monitoring settings in force.</summary>
public static class MonitoringMethodology
{
    /// <summary>
    /// Read without writing the first version (as <see cref="Schools.MethodologyStore.CurrentAsync"/> would): the daily
    /// job runs at start-up, beside whatever else first touches the methodology, and must not race it.
    /// </summary>
    public static async Task<MonitoringSettings> CurrentAsync(OrientirDbContext db, CancellationToken cancellationToken = default)
    {
        var json = await db.MethodologyVersions.AsNoTracking().OrderByDescending(v => v.Number).Select(v => v.SettingsJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is not null && Schools.MethodologyJson.TryRead(json, out var settings, out _) ? settings!.SupportMonitoring : MonitoringSettings.Default;
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
