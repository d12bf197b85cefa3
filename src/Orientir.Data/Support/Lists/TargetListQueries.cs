using Orientir.Data.Access;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Support;

namespace Orientir.Data.Support.Lists;

/// <summary>
/// The read side of target lists and curators, in the actor's scope: a municipal officer sees their municipality's
/// schools on a list, a school leader their school, a curator their schools. Drafts are the managers' work in
/// progress: others see approved revisions only.
/// </summary>
public sealed class TargetListQueries(OrientirDbContext db)
{
    /// <summary>Every year with a list or a published run, newest first, with its revisions newest first.</summary>
    public async Task<IReadOnlyList<TargetListYear>> YearsAsync(SupportActor actor, CancellationToken cancellationToken = default)
    {
        var lists = await Lists(actor).ToListAsync(cancellationToken);
        var counts = await IncludedCountsAsync(actor, lists.Select(l => l.Id).ToList(), cancellationToken);
        var runYears = await db.SchoolAnalysisRuns.Select(r => r.Year).Distinct().ToListAsync(cancellationToken);
        var inForce = InForceIds(lists);
        return lists.Select(l => l.Year).Concat(runYears).Distinct().OrderDescending()
            .Select(year => new TargetListYear(year, runYears.Contains(year), lists.Any(l => l.Year == year && l.Status == TargetListStatus.Draft),
                lists.Where(l => l.Year == year).OrderByDescending(l => l.Revision)
                    .Select(l => Info(l, inForce.Contains(l.Id), counts.GetValueOrDefault(l.Id))).ToList()))
            .ToList();
    }

    /// <summary>One revision with its schools in the actor's scope; null when not found (or a draft for a non-manager).</summary>
    public async Task<TargetListDetail?> ListAsync(SupportActor actor, int id, CancellationToken cancellationToken = default)
    {
        var list = await Lists(actor).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null) return null;
        var rows = await (
                from row in db.TargetListSchools.AsNoTracking()
                join school in new SupportAccess(db).VisibleSchools(actor) on row.SchoolId equals school.Id
                where row.TargetListId == id
                orderby school.Code
                select new { row, school.Code, school.Name, Municipality = school.Municipality!.Name })
            .ToListAsync(cancellationToken);
        var schoolIds = rows.Select(r => r.row.SchoolId).ToList();
        var entries = await db.SchoolAnalysisEntries.AsNoTracking().Where(e => e.RunId == list.SourceRunId && schoolIds.Contains(e.SchoolId))
            .Select(e => new { e.SchoolId, e.LowResultsComposite, e.ContextIndex }).ToDictionaryAsync(e => e.SchoolId, cancellationToken);
        var curators = await CurrentCuratorsAsync(schoolIds, cancellationToken);
        var inForce = InForceIds(await db.TargetLists.AsNoTracking().Where(l => l.Year == list.Year).ToListAsync(cancellationToken));
        var schools = rows.Select(r =>
        {
            var entry = entries.GetValueOrDefault(r.row.SchoolId);
            var curator = curators.TryGetValue(r.row.SchoolId, out var c) ? c : default;
            return new TargetListSchoolRow(r.Code, r.Name, r.Municipality, r.row.Basis, r.row.Included, r.row.Reason,
                entry?.LowResultsComposite, entry?.ContextIndex, curator.Id, curator.Name);
        }).ToList();
        return new TargetListDetail(Info(list, inForce.Contains(list.Id), schools.Count(s => s.Included)), schools);
    }

    /// <summary>The revision's history, newest first; a change of a school outside the scope is left out.</summary>
    public async Task<IReadOnlyList<TargetListChangeRow>?> ChangesAsync(SupportActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (!await Lists(actor).AnyAsync(l => l.Id == id, cancellationToken)) return null;
        var visible = new SupportAccess(db).VisibleSchools(actor);
        var changes = await (
                from change in db.TargetListChanges.AsNoTracking()
                join school in db.Schools on change.SchoolId equals (int?)school.Id into schools
                from school in schools.DefaultIfEmpty()
                where change.TargetListId == id && (change.SchoolId == null || visible.Any(v => v.Id == change.SchoolId))
                orderby change.Id descending
                select new TargetListChangeRow(change.AtUtc, change.Action, school == null ? null : school.Code, school == null ? null : school.Name, change.Reason, change.User))
            .ToListAsync(cancellationToken);
        return changes;
    }

    /// <summary>The curator accounts with the schools each curates now; for managers, who assign them.</summary>
    public async Task<ScopedResult<IReadOnlyList<CuratorAccount>>> CuratorsAsync(SupportActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.ManagesSupport) return ScopedResult<IReadOnlyList<CuratorAccount>>.Forbidden(TargetListRules.NotManager);
        var accounts = await (
                from user in db.Users.AsNoTracking()
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Curator
                select new { user.Id, user.Email, user.DisplayName })
            .ToListAsync(cancellationToken);
        var schools = await (
                from assignment in db.CuratorAssignments.AsNoTracking()
                join school in db.Schools on assignment.SchoolId equals school.Id
                where assignment.ToUtc == null
                orderby school.Code
                select new { assignment.CuratorUserId, school.Code, school.Name })
            .ToListAsync(cancellationToken);
        return ScopedResult<IReadOnlyList<CuratorAccount>>.Ok(accounts
            .Select(a => new CuratorAccount(a.Id, a.Email ?? a.Id, Name(a.DisplayName, a.Email, a.Id),
                schools.Where(s => s.CuratorUserId == a.Id).Select(s => new CuratorSchoolRef(s.Code, s.Name)).ToList()))
            .OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>Who curated the school and when, the current curator first; null when the school is out of scope.</summary>
    public async Task<IReadOnlyList<CuratorPeriod>?> CuratorHistoryAsync(SupportActor actor, string code, CancellationToken cancellationToken = default)
    {
        var schoolId = await new SupportAccess(db).VisibleSchoolIdAsync(actor, code, cancellationToken);
        if (schoolId is null) return null;
        var periods = await (
                from assignment in db.CuratorAssignments.AsNoTracking()
                join user in db.Users on assignment.CuratorUserId equals user.Id
                where assignment.SchoolId == schoolId
                select new { assignment, user.DisplayName, user.Email })
            .ToListAsync(cancellationToken);
        return periods.OrderByDescending(p => p.assignment.FromUtc).ThenByDescending(p => p.assignment.Id)
            .Select(p => new CuratorPeriod(p.assignment.CuratorUserId, Name(p.DisplayName, p.Email, p.assignment.CuratorUserId),
                p.assignment.FromUtc, p.assignment.ToUtc, p.assignment.AssignedBy, p.assignment.Reason))
            .ToList();
    }

    /// <summary>The school's current curator (id and name) per school id.</summary>
    public async Task<Dictionary<int, (string Id, string Name)>> CurrentCuratorsAsync(IReadOnlyList<int> schoolIds, CancellationToken cancellationToken = default)
    {
        var open = await (
                from assignment in db.CuratorAssignments.AsNoTracking()
                join user in db.Users on assignment.CuratorUserId equals user.Id
                where assignment.ToUtc == null && schoolIds.Contains(assignment.SchoolId)
                select new { assignment.SchoolId, user.Id, user.DisplayName, user.Email })
            .ToListAsync(cancellationToken);
        return open.DistinctBy(o => o.SchoolId).ToDictionary(o => o.SchoolId, o => (o.Id, Name(o.DisplayName, o.Email, o.Id)));
    }

    private IQueryable<TargetList> Lists(SupportActor actor) =>
        actor.ManagesSupport ? db.TargetLists.AsNoTracking() : db.TargetLists.AsNoTracking().Where(l => l.Status == TargetListStatus.Approved);

    private async Task<Dictionary<int, int>> IncludedCountsAsync(SupportActor actor, IReadOnlyList<int> listIds, CancellationToken cancellationToken)
    {
        var rows = await (
                from row in db.TargetListSchools
                join school in new SupportAccess(db).VisibleSchools(actor) on row.SchoolId equals school.Id
                where row.Included && listIds.Contains(row.TargetListId)
                select row.TargetListId)
            .ToListAsync(cancellationToken);
        return rows.CountBy(id => id).ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>Each year's newest approved revision, as <see cref="SupportSchoolQueries.InForceListsOf"/> says.</summary>
    private static HashSet<int> InForceIds(IEnumerable<TargetList> lists) =>
        lists.Where(l => l.Status == TargetListStatus.Approved).GroupBy(l => l.Year).Select(g => g.MaxBy(l => l.Revision)!.Id).ToHashSet();

    private static TargetListInfo Info(TargetList l, bool inForce, int included) =>
        new(l.Id, l.Year, l.Revision, l.Status, inForce, l.SourceRunId, l.MethodologyVersion, l.CreatedBy, l.CreatedAtUtc,
            l.ApprovedBy, l.ApprovedAtUtc, l.EntryStageDate, l.InterimStageDate, l.FinalStageDate, included);

    internal static string Name(string? displayName, string? email, string id) =>
        !string.IsNullOrWhiteSpace(displayName) ? displayName : email ?? id;
}
