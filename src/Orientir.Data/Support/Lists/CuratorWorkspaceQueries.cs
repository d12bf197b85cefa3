using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>
/// A curator's workspace: their schools on the lists in force and, for each, the documents awaiting their review, the
/// documents returned and waiting for the school, the overdue measures and the next monitoring stage.
/// </summary>
public sealed class CuratorWorkspaceQueries(OrientirDbContext db, TimeProvider time)
{
    public async Task<ScopedResult<CuratorWorkspace>> WorkspaceAsync(SupportActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role != Roles.Curator)
            return ScopedResult<CuratorWorkspace>.Forbidden("Рабочее место куратора доступно только кураторам.");
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var onLists = await (
                from list in SupportSchoolQueries.InForceListsOf(db)
                join row in db.TargetListSchools on list.Id equals row.TargetListId
                join school in new SupportAccess(db).VisibleSchools(actor) on row.SchoolId equals school.Id
                where row.Included
                select new
                {
                    row.SchoolId, school.Code, school.Name, Municipality = school.Municipality!.Name, list.Year, row.Basis,
                    list.EntryStageDate, list.InterimStageDate, list.FinalStageDate,
                })
            .ToListAsync(cancellationToken);
        // A school on several years' lists is shown once, in its newest programme year.
        var schools = onLists.GroupBy(s => s.SchoolId).Select(g => g.MaxBy(s => s.Year)!).ToList();
        var ids = schools.Select(s => s.SchoolId).ToList();

        var documents = await db.SupportDocuments.AsNoTracking()
            .Where(d => ids.Contains(d.SchoolId) && (d.Status == DocumentStatus.Submitted || d.Status == DocumentStatus.Returned))
            .Select(d => new { d.SchoolId, d.Status }).ToListAsync(cancellationToken);
        var overdue = await (
                from measure in db.SupportMeasures.AsNoTracking()
                join document in db.SupportDocuments on measure.DocumentId equals document.Id
                where ids.Contains(document.SchoolId)
                      && (measure.Status == MeasureStatus.Overdue || (measure.Status == MeasureStatus.Planned && measure.Deadline < today))
                select document.SchoolId)
            .ToListAsync(cancellationToken);

        var rows = schools.OrderBy(s => s.Code).Select(s =>
        {
            var next = new[] { new NextStage(MonitoringStage.Entry, s.EntryStageDate), new(MonitoringStage.Interim, s.InterimStageDate), new(MonitoringStage.Final, s.FinalStageDate) }
                .Where(p => p.Date >= today).MinBy(p => p.Date);
            return new CuratorWorkspaceSchool(s.Code, s.Name, s.Municipality, s.Year, s.Basis,
                documents.Count(d => d.SchoolId == s.SchoolId && d.Status == DocumentStatus.Submitted),
                documents.Count(d => d.SchoolId == s.SchoolId && d.Status == DocumentStatus.Returned),
                overdue.Count(id => id == s.SchoolId), next?.Stage, next?.Date);
        }).ToList();
        return ScopedResult<CuratorWorkspace>.Ok(new CuratorWorkspace(rows,
            rows.Sum(r => r.AwaitingReview), rows.Sum(r => r.ReturnedToSchool), rows.Sum(r => r.OverdueMeasures)));
    }

    private sealed record NextStage(MonitoringStage Stage, DateOnly Date);
}
