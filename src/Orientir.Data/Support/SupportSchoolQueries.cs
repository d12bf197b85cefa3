using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Support;

namespace Orientir.Data.Support;

/// <summary>A school as targeted support sees it: on which approved lists it stands, and who curates it now.</summary>
public sealed record SupportSchoolHeader(
    int SchoolId, string Code, string Name, int MunicipalityId, string MunicipalityName,
    IReadOnlyList<int> ProgrammeYears, int? Year, TargetBasis? Basis, string? CuratorUserId, string? CuratorName);

public sealed class SupportSchoolQueries(OrientirDbContext db)
{
    /// <summary>
    /// The school with <paramref name="code"/> if the actor sees it. <see cref="SupportSchoolHeader.Year"/> is the
    /// programme year shown: <paramref name="year"/> when the school is on that year's approved list, else the newest year
    /// it is on, else null (the school is not a target school).
    /// </summary>
    public async Task<SupportSchoolHeader?> HeaderAsync(SupportActor actor, string code, int? year, CancellationToken cancellationToken = default)
    {
        var school = await new SupportAccess(db).VisibleSchools(actor).Where(s => s.Code == code)
            .Select(s => new { s.Id, s.Code, s.Name, s.MunicipalityId, Municipality = s.Municipality!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (school is null) return null;
        var onLists = await InForceListsOf(db).Join(db.TargetListSchools.Where(e => e.SchoolId == school.Id && e.Included),
                l => l.Id, e => e.TargetListId, (l, e) => new { l.Year, e.Basis })
            .ToListAsync(cancellationToken);
        var years = onLists.Select(l => l.Year).Distinct().OrderDescending().ToList();
        int? shown = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : null;
        var curator = await CurrentCuratorAsync(school.Id, cancellationToken);
        return new SupportSchoolHeader(school.Id, school.Code, school.Name, school.MunicipalityId, school.Municipality,
            years, shown, onLists.FirstOrDefault(l => l.Year == shown)?.Basis, curator?.Id, curator?.Name);
    }

    /// <summary>Each year's list in force: its newest approved revision.</summary>
    public static IQueryable<TargetList> InForceListsOf(OrientirDbContext db) =>
        db.TargetLists.AsNoTracking().Where(l => l.Status == TargetListStatus.Approved &&
            !db.TargetLists.Any(n => n.Year == l.Year && n.Status == TargetListStatus.Approved && n.Revision > l.Revision));

    private async Task<(string Id, string Name)?> CurrentCuratorAsync(int schoolId, CancellationToken cancellationToken)
    {
        var curator = await db.CuratorAssignments.AsNoTracking().Where(a => a.SchoolId == schoolId && a.ToUtc == null)
            .Join(db.Users, a => a.CuratorUserId, u => u.Id, (a, u) => new { u.Id, u.DisplayName, u.Email })
            .FirstOrDefaultAsync(cancellationToken);
        return curator is null ? null : (curator.Id, string.IsNullOrWhiteSpace(curator.DisplayName) ? curator.Email ?? curator.Id : curator.DisplayName);
    }
}
