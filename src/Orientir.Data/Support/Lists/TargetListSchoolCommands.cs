using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>
/// Hand edits of a draft's schools. Adding or removing needs a written reason; a removed school stays as a row with
/// <see cref="TargetListSchool.Included"/> false and the reason, so the list shows who was taken off and why.
/// </summary>
public sealed class TargetListSchoolCommands(OrientirDbContext db, TimeProvider time)
{
    public async Task<ScopedResult<TargetListSaved>> AddAsync(SupportActor actor, int listId, string code, string? reason,
        CancellationToken cancellationToken = default)
    {
        var (list, problem) = await DraftAsync(actor, listId, cancellationToken);
        if (list is null) return problem!;
        if (TargetListRules.CheckReason(reason) is { } invalid) return ScopedResult<TargetListSaved>.Invalid(invalid);
        var schoolId = await new SupportAccess(db).VisibleSchoolIdAsync(actor, code.Trim(), cancellationToken);
        if (schoolId is null) return ScopedResult<TargetListSaved>.Invalid($"Код школы: школа с кодом «{code}» не найдена.");
        var row = await db.TargetListSchools.SingleOrDefaultAsync(s => s.TargetListId == listId && s.SchoolId == schoolId, cancellationToken);
        if (row is { Included: true }) return ScopedResult<TargetListSaved>.Invalid($"Код школы: школа «{code}» уже в списке.");
        if (row is null)
        {
            db.TargetListSchools.Add(new TargetListSchool { TargetListId = listId, SchoolId = schoolId.Value, Basis = TargetBasis.Manual, Reason = reason!.Trim() });
        }
        else
        {
            row.Included = true;
            row.Reason = reason!.Trim();
        }
        TargetListRules.Record(db, actor, time.GetUtcNow().UtcDateTime, list, "add", schoolId, code.Trim(), reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return Saved(list);
    }

    public async Task<ScopedResult<TargetListSaved>> RemoveAsync(SupportActor actor, int listId, string code, string? reason,
        CancellationToken cancellationToken = default)
    {
        var (list, problem) = await DraftAsync(actor, listId, cancellationToken);
        if (list is null) return problem!;
        if (TargetListRules.CheckReason(reason) is { } invalid) return ScopedResult<TargetListSaved>.Invalid(invalid);
        var row = await RowAsync(actor, listId, code, cancellationToken);
        if (row is not { Included: true }) return ScopedResult<TargetListSaved>.Invalid($"Код школы: школы «{code}» нет в списке.");
        row.Included = false;
        row.Reason = reason!.Trim();
        TargetListRules.Record(db, actor, time.GetUtcNow().UtcDateTime, list, "remove", row.SchoolId, code, reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return Saved(list);
    }

    /// <summary>
    /// Puts a removed school back. A school from the analytics needs no reason again (its basis is the run); a school
    /// added by hand gets back the reason it was added with.
    /// </summary>
    public async Task<ScopedResult<TargetListSaved>> RestoreAsync(SupportActor actor, int listId, string code, CancellationToken cancellationToken = default)
    {
        var (list, problem) = await DraftAsync(actor, listId, cancellationToken);
        if (list is null) return problem!;
        var row = await RowAsync(actor, listId, code, cancellationToken);
        if (row is not { Included: false }) return ScopedResult<TargetListSaved>.Invalid($"Код школы: школа «{code}» не исключалась из списка.");
        row.Included = true;
        row.Reason = row.Basis != TargetBasis.Manual ? null
            : await db.TargetListChanges.Where(c => c.TargetListId == listId && c.SchoolId == row.SchoolId && c.Action == "add")
                .OrderByDescending(c => c.Id).Select(c => c.Reason).FirstOrDefaultAsync(cancellationToken);
        TargetListRules.Record(db, actor, time.GetUtcNow().UtcDateTime, list, "restore", row.SchoolId, code);
        await db.SaveChangesAsync(cancellationToken);
        return Saved(list);
    }

    private async Task<(TargetList? List, ScopedResult<TargetListSaved>? Problem)> DraftAsync(SupportActor actor, int listId, CancellationToken cancellationToken)
    {
        if (!actor.ManagesSupport) return (null, ScopedResult<TargetListSaved>.Forbidden(TargetListRules.NotManager));
        var list = await db.TargetLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null) return (null, ScopedResult<TargetListSaved>.NotFound());
        if (list.Status != TargetListStatus.Draft) return (null, ScopedResult<TargetListSaved>.Invalid(TargetListRules.Frozen));
        return (list, null);
    }

    private async Task<TargetListSchool?> RowAsync(SupportActor actor, int listId, string code, CancellationToken cancellationToken)
    {
        var schoolId = await new SupportAccess(db).VisibleSchoolIdAsync(actor, code, cancellationToken);
        return schoolId is null ? null
            : await db.TargetListSchools.SingleOrDefaultAsync(s => s.TargetListId == listId && s.SchoolId == schoolId, cancellationToken);
    }

    private static ScopedResult<TargetListSaved> Saved(TargetList list) => ScopedResult<TargetListSaved>.Ok(new(list.Id, list.Year, list.Revision, list.Status));
}
