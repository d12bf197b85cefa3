using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Support;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Monitoring;

/// <summary>
/// The progress of target schools in an actor's scope (<see cref="SupportAccess.VisibleSchools"/>): the region's
/// table, a municipality's programme. A year defaults to the newest one with a list in force; "today" comes from
/// the <see cref="TimeProvider"/> so that the stage a programme is in can be fixed in tests.
/// </summary>
public sealed class SupportProgressQueries(OrientirDbContext db, TimeProvider time)
{
    /// <summary>The years with a list in force, the newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        await SupportSchoolQueries.InForceListsOf(db).Select(l => l.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    /// <summary>Null when no year has a list in force (or the asked year has none).</summary>
    public async Task<SupportProgress?> ProgressAsync(SupportActor actor, int? year, CancellationToken cancellationToken = default)
    {
        var years = await YearsAsync(cancellationToken);
        if (await ListOfAsync(years, year, cancellationToken) is not { } list) return null;
        var settings = await MonitoringMethodology.CurrentAsync(db, cancellationToken);
        var today = MonitoringMethodology.Today(time);
        var rows = await RowsAsync(actor, list, null, settings, today, cancellationToken);
        var municipalities = rows.GroupBy(r => (r.MunicipalityCode, r.MunicipalityName))
            .Select(g => new MunicipalityProgressRow(g.Key.MunicipalityCode, g.Key.MunicipalityName, g.Count(), g.Count(r => r.Problem),
                ProgrammeFigures.Sum(g.Select(r => r.Figures))))
            .OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
        return new SupportProgress(list.Year, years, Stages(list, today, rows), MonitoringStages.Current(list, today), rows,
            ProgrammeFigures.Sum(rows.Select(r => r.Figures)), municipalities);
    }

    /// <summary>
    /// A municipality's programme: found for the region's roles and the municipality's own officer; anyone else,
    /// or a municipality or year that does not exist, gets not found.
    /// </summary>
    public async Task<ScopedResult<MunicipalProgramme>> MunicipalProgrammeAsync(SupportActor actor, string code, int? year,
        CancellationToken cancellationToken = default)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Code == code)
            .Select(m => new { m.Id, m.Code, m.Name }).SingleOrDefaultAsync(cancellationToken);
        if (municipality is null || !(actor.Scope.IsRegionWide || actor.Scope.MunicipalityId == municipality.Id))
            return ScopedResult<MunicipalProgramme>.NotFound();
        var years = await YearsAsync(cancellationToken);
        if (await ListOfAsync(years, year, cancellationToken) is not { } list) return ScopedResult<MunicipalProgramme>.NotFound();
        var settings = await MonitoringMethodology.CurrentAsync(db, cancellationToken);
        var today = MonitoringMethodology.Today(time);
        var rows = (await RowsAsync(actor, list, municipality.Id, settings, today, cancellationToken))
            .OrderByDescending(r => r.Problem).ThenByDescending(r => r.Figures.MeasuresOverdue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var stageTotals = MonitoringStages.All.Select(stage =>
        {
            var shots = rows.SelectMany(r => r.Snapshots).Where(s => s.Stage == stage).ToList();
            return new StageTotals(stage, shots.Count, shots.Sum(s => s.DocumentsApproved), shots.Sum(s => s.DocumentsTotal),
                shots.Sum(s => s.MeasuresDone), shots.Sum(s => s.MeasuresOverdue), shots.Sum(s => s.MeasuresTotal),
                shots.Sum(s => s.IndicatorsOnTrack), shots.Sum(s => s.IndicatorsTotal));
        }).ToList();
        return ScopedResult<MunicipalProgramme>.Ok(new MunicipalProgramme(list.Year, years, municipality.Code, municipality.Name,
            Stages(list, today, rows), MonitoringStages.Current(list, today), rows.Count, rows.Count(r => r.Problem),
            ProgrammeFigures.Sum(rows.Select(r => r.Figures)), stageTotals, rows));
    }

    /// <summary>
    /// Why a school needs attention, in Russian with the numbers (empty when it does not): an overdue measure, a returned
    /// document, no approved document once the entry stage has come, too few indicators on track after the interim stage.
    /// </summary>
    public static IReadOnlyList<string> ProblemReasons(ProgrammeFigures f, MonitoringStage? stage, MonitoringSettings settings)
    {
        var reasons = new List<string>();
        if (f.MeasuresOverdue > 0) reasons.Add($"просрочено мероприятий: {f.MeasuresOverdue}");
        if (f.DocumentsReturned > 0) reasons.Add($"возвращено на доработку документов: {f.DocumentsReturned}");
        if (stage is not null && f.DocumentsApproved == 0) reasons.Add("после входного этапа нет ни одного утверждённого документа");
        if (stage is MonitoringStage.Interim or MonitoringStage.Final && f.IndicatorsTotal > 0
            && (double)f.IndicatorsOnTrack / f.IndicatorsTotal < settings.ProblemOnTrackShare)
            reasons.Add($"показателей в графике {f.IndicatorsOnTrack} из {f.IndicatorsTotal} — меньше {settings.ProblemOnTrackShare:P0} после промежуточного этапа");
        return reasons;
    }


    internal async Task<TargetList?> ListOfAsync(IReadOnlyList<int> years, int? year, CancellationToken cancellationToken)
    {
        if (year is { } asked ? !years.Contains(asked) : years.Count == 0) return null;
        var shown = year ?? years[0];
        return await SupportSchoolQueries.InForceListsOf(db).SingleAsync(l => l.Year == shown, cancellationToken);
    }

    internal static IReadOnlyList<StageInfo> Stages(TargetList list, DateOnly today, IReadOnlyList<SchoolProgressRow> rows) =>
        MonitoringStages.All.Select(stage => new StageInfo(stage, MonitoringStages.DateOf(list, stage), MonitoringStages.DateOf(list, stage) <= today,
            rows.Count(r => r.Snapshots.Any(s => s.Stage == stage)))).ToList();

    private async Task<List<SchoolProgressRow>> RowsAsync(SupportActor actor, TargetList list, int? municipalityId,
        MonitoringSettings settings, DateOnly today, CancellationToken cancellationToken)
    {
        var visible = new SupportAccess(db).VisibleSchools(actor);
        if (municipalityId is { } m) visible = visible.Where(s => s.MunicipalityId == m);
        var schools = await db.TargetListSchools.AsNoTracking().Where(e => e.TargetListId == list.Id && e.Included)
            .Join(visible, e => e.SchoolId, s => s.Id, (e, s) => new
            {
                s.Id, s.Code, s.Name, MunicipalityCode = s.Municipality!.Code, MunicipalityName = s.Municipality.Name, e.Basis,
            })
            .ToListAsync(cancellationToken);
        var ids = schools.Select(s => s.Id).ToList();
        var figures = await ProgrammeFigures.ReadAsync(db, list.Year, ids, settings, cancellationToken);
        var curators = (await db.CuratorAssignments.AsNoTracking().Where(a => a.ToUtc == null && ids.Contains(a.SchoolId))
                .Join(db.Users, a => a.CuratorUserId, u => u.Id, (a, u) => new { a.SchoolId, u.DisplayName, u.Email })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.SchoolId)
            .ToDictionary(g => g.Key, g => g.Select(c => string.IsNullOrWhiteSpace(c.DisplayName) ? c.Email ?? "" : c.DisplayName).First());
        var snapshots = (await db.MonitoringSnapshots.AsNoTracking().Where(s => s.TargetListId == list.Id && ids.Contains(s.SchoolId))
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.SchoolId, ToView);
        var stage = MonitoringStages.Current(list, today);
        return schools.Select(s => new SchoolProgressRow(s.Code, s.Name, s.MunicipalityCode, s.MunicipalityName, s.Basis,
                curators.GetValueOrDefault(s.Id), figures[s.Id], stage, ProblemReasons(figures[s.Id], stage, settings),
                snapshots[s.Id].OrderBy(x => x.Stage).ToList()))
            .OrderBy(r => r.MunicipalityCode, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    internal static StageSnapshot ToView(MonitoringSnapshot s) => new(s.Stage, s.RecordedAtUtc, s.DocumentsApproved, s.DocumentsTotal,
        s.MeasuresDone, s.MeasuresOverdue, s.MeasuresTotal, s.IndicatorsOnTrack, s.IndicatorsTotal);
}
