using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Monitoring;

/// <summary>One target school's monitoring of a programme year, for anyone who sees the school.</summary>
public sealed class SchoolMonitoringQueries(OrientirDbContext db, TimeProvider time)
{
    /// <summary>
    /// Not found when the school is out of the actor's scope or on no list in force; the year is
    /// <paramref name="year"/> when the school is on that year's list, else the newest year it is on.
    /// </summary>
    public async Task<ScopedResult<SchoolMonitoring>> MonitoringAsync(SupportActor actor, string code, int? year,
        CancellationToken cancellationToken = default)
    {
        if (await new SupportAccess(db).VisibleSchoolIdAsync(actor, code, cancellationToken) is not { } schoolId)
            return ScopedResult<SchoolMonitoring>.NotFound();
        var lists = await SupportSchoolQueries.InForceListsOf(db)
            .Where(l => db.TargetListSchools.Any(e => e.TargetListId == l.Id && e.SchoolId == schoolId && e.Included))
            .OrderByDescending(l => l.Year).ToListAsync(cancellationToken);
        var list = lists.FirstOrDefault(l => l.Year == year) ?? lists.FirstOrDefault();
        if (list is null) return ScopedResult<SchoolMonitoring>.NotFound();

        var settings = await MonitoringMethodology.CurrentAsync(db, cancellationToken);
        var today = MonitoringMethodology.Today(time);
        var name = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync(cancellationToken);
        var documents = await db.SupportDocuments.AsNoTracking().Where(d => d.SchoolId == schoolId && d.Year == list.Year)
            .Select(d => new { d.Id, d.Title, d.Kind }).ToDictionaryAsync(d => d.Id, cancellationToken);
        var documentIds = documents.Keys.ToList();
        var measures = (await db.SupportMeasures.AsNoTracking().Where(m => documentIds.Contains(m.DocumentId)).ToListAsync(cancellationToken))
            .OrderBy(m => m.Deadline).ThenBy(m => m.Id)
            .Select(m => new MeasureRow(m.Id, documents[m.DocumentId].Title, documents[m.DocumentId].Kind, m.Title, m.Deadline,
                m.Responsible, m.Status, m.DoneAtUtc))
            .ToList();
        var indicators = (await db.ProgrammeIndicators.AsNoTracking().Where(i => documentIds.Contains(i.DocumentId)).ToListAsync(cancellationToken))
            .OrderBy(i => i.DocumentId).ThenBy(i => i.Id)
            .Select(i => new IndicatorRow(i.Id, documents[i.DocumentId].Title, i.Name, i.Unit, i.SystemCode is not null, i.HigherIsBetter,
                i.Baseline, i.Target, i.Measured, i.MeasuredYear,
                IndicatorTrack.IsOnTrack(i.Baseline, i.Target, i.Measured, i.HigherIsBetter, settings.MinimumProgressShare)))
            .ToList();
        var snapshots = (await db.MonitoringSnapshots.AsNoTracking().Where(s => s.TargetListId == list.Id && s.SchoolId == schoolId)
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.Stage).Select(SupportProgressQueries.ToView).ToList();
        var figures = (await ProgrammeFigures.ReadAsync(db, list.Year, [schoolId], settings, cancellationToken))[schoolId];
        var stages = MonitoringStages.All.Select(stage => new StageInfo(stage, MonitoringStages.DateOf(list, stage),
            MonitoringStages.DateOf(list, stage) <= today, snapshots.Count(s => s.Stage == stage))).ToList();
        return ScopedResult<SchoolMonitoring>.Ok(new SchoolMonitoring(code, name, list.Year, stages, MonitoringStages.Current(list, today),
            figures, snapshots, measures, indicators));
    }
}
