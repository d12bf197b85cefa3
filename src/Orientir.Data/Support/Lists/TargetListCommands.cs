using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>
/// The life of a year's target list as a whole: a draft formed from the year's published analysis run, a new revision
/// copied from the approved one, the stage dates, and approval (which freezes the revision and tells the schools).
/// Only <see cref="SupportActor.ManagesSupport"/> actors change anything.
/// </summary>
public sealed class TargetListCommands(OrientirDbContext db, TimeProvider time)
{
    /// <summary>A draft of <paramref name="year"/> with every ШНОР and ШНСУ school of the year's in-force (newest) published run.</summary>
    public async Task<ScopedResult<TargetListSaved>> CreateAsync(SupportActor actor, int year, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<TargetListSaved>.Forbidden(TargetListRules.NotManager);
        var run = await db.SchoolAnalysisRuns.AsNoTracking().Where(r => r.Year == year).OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.MethodologyVersion!.Number }).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
            return ScopedResult<TargetListSaved>.Invalid($"Год: за {year} год списки ШНОР и ШНСУ не рассчитаны — сначала опубликуйте анализ школ.");
        if (await DraftOfAsync(year, cancellationToken) is { } draft)
            return ScopedResult<TargetListSaved>.Invalid($"Год: черновик списка {year} года (редакция {draft.Revision}) уже есть — продолжите его.");

        var entries = await db.SchoolAnalysisEntries.AsNoTracking().Where(e => e.RunId == run.Id && (e.LowResults || e.Unfavourable))
            .Select(e => new { e.SchoolId, e.LowResults, e.Unfavourable }).ToListAsync(cancellationToken);
        // The school year after the summer's results; the months are the monitoring settings' (methodology §5.3).
        var stages = (await Monitoring.MonitoringMethodology.CurrentAsync(db, cancellationToken)).DefaultStageDates(year);
        var list = await NextRevisionAsync(actor, year, run.Id, run.Number, stages, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.TargetLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        db.TargetListSchools.AddRange(entries.Select(e => new TargetListSchool
        {
            TargetListId = list.Id, SchoolId = e.SchoolId, Basis = TargetListRules.Basis(e.LowResults, e.Unfavourable),
        }));
        TargetListRules.Record(db, actor, list.CreatedAtUtc, list, "create", details: $"run={run.Id} methodology={run.Number} schools={entries.Count}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ScopedResult<TargetListSaved>.Ok(Saved(list));
    }

    /// <summary>A draft copied from the newest approved revision of the list's year: its schools, reasons, dates and source run.</summary>
    public async Task<ScopedResult<TargetListSaved>> NewRevisionAsync(SupportActor actor, int listId, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<TargetListSaved>.Forbidden(TargetListRules.NotManager);
        var year = await db.TargetLists.Where(l => l.Id == listId).Select(l => (int?)l.Year).SingleOrDefaultAsync(cancellationToken);
        if (year is null) return ScopedResult<TargetListSaved>.NotFound();
        if (await DraftOfAsync(year.Value, cancellationToken) is { } draft)
            return ScopedResult<TargetListSaved>.Invalid($"Год: черновик списка {year} года (редакция {draft.Revision}) уже есть — продолжите его.");
        var source = await db.TargetLists.AsNoTracking().Where(l => l.Year == year && l.Status == TargetListStatus.Approved)
            .OrderByDescending(l => l.Revision).FirstOrDefaultAsync(cancellationToken);
        if (source is null) return ScopedResult<TargetListSaved>.Invalid($"Год: у списка {year} года нет утверждённой редакции.");

        var rows = await db.TargetListSchools.AsNoTracking().Where(s => s.TargetListId == source.Id).ToListAsync(cancellationToken);
        var list = await NextRevisionAsync(actor, source.Year, source.SourceRunId, source.MethodologyVersion,
            (source.EntryStageDate, source.InterimStageDate, source.FinalStageDate), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.TargetLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        db.TargetListSchools.AddRange(rows.Select(r => new TargetListSchool
        {
            TargetListId = list.Id, SchoolId = r.SchoolId, Basis = r.Basis, Included = r.Included, Reason = r.Reason,
        }));
        TargetListRules.Record(db, actor, list.CreatedAtUtc, list, "revision", details: $"from={source.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ScopedResult<TargetListSaved>.Ok(Saved(list));
    }

    /// <summary>The three monitoring stage dates, on a draft or an approved revision: they manage the programme, not the list's content.</summary>
    public async Task<ScopedResult<TargetListSaved>> SetStagesAsync(SupportActor actor, int listId, DateOnly entry, DateOnly interim, DateOnly final,
        CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<TargetListSaved>.Forbidden(TargetListRules.NotManager);
        var list = await db.TargetLists.SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null) return ScopedResult<TargetListSaved>.NotFound();
        if (TargetListRules.CheckStages(entry, interim, final) is { } problem) return ScopedResult<TargetListSaved>.Invalid(problem);
        list.EntryStageDate = entry;
        list.InterimStageDate = interim;
        list.FinalStageDate = final;
        TargetListRules.Record(db, actor, time.GetUtcNow().UtcDateTime, list, "stages", details: $"entry={entry:yyyy-MM-dd} interim={interim:yyyy-MM-dd} final={final:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<TargetListSaved>.Ok(Saved(list));
    }

    /// <summary>Freezes the draft; the leaders of schools new to the year's list in force are told their school is in the programme.</summary>
    public async Task<ScopedResult<TargetListSaved>> ApproveAsync(SupportActor actor, int listId, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<TargetListSaved>.Forbidden(TargetListRules.NotManager);
        var list = await db.TargetLists.SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null) return ScopedResult<TargetListSaved>.NotFound();
        if (list.Status == TargetListStatus.Approved) return ScopedResult<TargetListSaved>.Invalid(TargetListRules.Frozen);
        var included = await db.TargetListSchools.Where(s => s.TargetListId == listId && s.Included).Select(s => s.SchoolId).ToListAsync(cancellationToken);
        if (included.Count == 0) return ScopedResult<TargetListSaved>.Invalid("Состав списка: в списке нет ни одной школы.");

        var previous = await SupportSchoolQueries.InForceListsOf(db).Where(l => l.Year == list.Year)
            .Join(db.TargetListSchools.Where(s => s.Included), l => l.Id, s => s.TargetListId, (l, s) => s.SchoolId)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        list.Status = TargetListStatus.Approved;
        list.ApprovedBy = actor.UserName;
        list.ApprovedAtUtc = now;
        TargetListRules.Record(db, actor, now, list, "approve", details: $"schools={included.Count}");
        await NotifyLeadersAsync(list, included.Except(previous).ToList(), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<TargetListSaved>.Ok(Saved(list));
    }

    private async Task NotifyLeadersAsync(TargetList list, IReadOnlyList<int> schoolIds, DateTime now, CancellationToken cancellationToken)
    {
        var leaders = await SupportRecipients.LeadersAsync(db, schoolIds, cancellationToken);
        if (leaders.Count == 0) return;
        var leaderSchools = leaders.Select(l => l.SchoolId).Distinct().ToList();
        var codes = await db.Schools.AsNoTracking().Where(s => leaderSchools.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var key = $"list-approved:{list.Id}";
        db.Notifications.AddRange(leaders.DistinctBy(l => l.UserId).Select(l => new Notification
        {
            UserId = l.UserId, Key = key, CreatedAtUtc = now,
            Text = $"Школа включена в список адресной поддержки {list.Year} года",
            Link = $"/support/schools/{Uri.EscapeDataString(codes[l.SchoolId])}?year={list.Year}",
        }));
    }

    private Task<TargetList?> DraftOfAsync(int year, CancellationToken cancellationToken) =>
        db.TargetLists.AsNoTracking().FirstOrDefaultAsync(l => l.Year == year && l.Status == TargetListStatus.Draft, cancellationToken);

    private async Task<TargetList> NextRevisionAsync(SupportActor actor, int year, int runId, int methodology,
        (DateOnly Entry, DateOnly Interim, DateOnly Final) stages, CancellationToken cancellationToken)
    {
        var last = await db.TargetLists.Where(l => l.Year == year).MaxAsync(l => (int?)l.Revision, cancellationToken) ?? 0;
        return new TargetList
        {
            Year = year, Revision = last + 1, SourceRunId = runId, MethodologyVersion = methodology, Status = TargetListStatus.Draft,
            CreatedBy = actor.UserName, CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            EntryStageDate = stages.Entry, InterimStageDate = stages.Interim, FinalStageDate = stages.Final,
        };
    }

    private static TargetListSaved Saved(TargetList list) => new(list.Id, list.Year, list.Revision, list.Status);
}
