using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Dashboards;

/// <summary>
/// The read side of professional development: a year's summary of the actor's scope (region, municipality, schools),
/// a school's teachers, a teacher's page. Every query starts from <see cref="StaffAccess"/>; what is out of scope is
/// not found.
/// </summary>
public sealed partial class StaffDashboardQueries(OrientirDbContext db, StaffAccess access, TimeProvider time)
{
    public const string SchoolsScopeName = "Школы в вашей области доступа";

    /// <summary>
    /// The summary of <paramref name="year"/> (default: the newest year with measurements) for the actor's scope, or for
    /// the municipality with <paramref name="municipalityCode"/> when the actor sees all of it (region roles, its officer).
    /// </summary>
    public async Task<ScopedResult<StaffSummary>> SummaryAsync(StaffActor actor, int? year = null, string? municipalityCode = null,
        CancellationToken cancellationToken = default)
    {
        if (actor.IsTeacher) return ScopedResult<StaffSummary>.Forbidden("Сводка по педагогам недоступна педагогу: откройте «Мой маршрут».");
        var schools = access.VisibleSchools(actor);
        StaffScopeKind kind;
        string? code = null;
        string name;
        if (!string.IsNullOrWhiteSpace(municipalityCode) || actor.Scope.MunicipalityId is not null)
        {
            var query = string.IsNullOrWhiteSpace(municipalityCode)
                ? db.Municipalities.Where(m => m.Id == actor.Scope.MunicipalityId)
                : db.Municipalities.Where(m => m.Code == municipalityCode);
            var municipality = await query.AsNoTracking().Select(m => new { m.Id, m.Code, m.Name }).SingleOrDefaultAsync(cancellationToken);
            if (municipality is null || !(actor.Scope.IsRegionWide || actor.Scope.MunicipalityId == municipality.Id))
                return ScopedResult<StaffSummary>.NotFound();
            schools = schools.Where(s => s.MunicipalityId == municipality.Id);
            (kind, code, name) = (StaffScopeKind.Municipality, municipality.Code, municipality.Name);
        }
        else if (actor.Scope.IsRegionWide)
        {
            (kind, name) = (StaffScopeKind.Region, "Регион");
        }
        else
        {
            kind = StaffScopeKind.Schools;
            var names = await schools.OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).Take(2).ToListAsync(cancellationToken);
            (code, name) = names.Count == 1 ? (names[0].Code, names[0].Name) : (null, SchoolsScopeName);
        }

        var schoolIds = schools.Select(s => s.Id);
        var teachers = access.VisibleTeachers(actor).Where(t => schoolIds.Contains(t.SchoolId));
        var (years, newest) = await YearsAsync(teachers, cancellationToken);
        var chosen = year ?? newest;
        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.Staff;
        var data = await StaffFigureData.LoadAsync(db, teachers, chosen, settings.YoungTeacherYears, cancellationToken);
        var competences = await db.Competences.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var schoolList = await schools.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.Code, s.Name, s.MunicipalityId }).ToListAsync(cancellationToken);

        IReadOnlyList<StaffUnit> units;
        if (kind == StaffScopeKind.Region)
        {
            var municipalityOf = schoolList.ToDictionary(s => s.Id, s => s.MunicipalityId);
            var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Code)
                .Select(m => new { m.Id, m.Code, m.Name }).ToListAsync(cancellationToken);
            units = municipalities.Select(m => new StaffUnit(m.Code, m.Name,
                data.Figures(t => municipalityOf.GetValueOrDefault(t.SchoolId) == m.Id))).ToList();
        }
        else
        {
            units = schoolList.Select(s => new StaffUnit(s.Code, s.Name, data.Figures(t => t.SchoolId == s.Id))).ToList();
        }
        var allYears = years.Contains(chosen) ? years : [.. years.Append(chosen).OrderDescending()];
        return ScopedResult<StaffSummary>.Ok(new StaffSummary(chosen, allYears, kind, code, name, data.Figures(_ => true),
            data.ByCompetence(competences), data.BySkill(), units));
    }

    /// <summary>
    /// The years with measurements or routes of the teachers, newest first, and the default year: the newest with
    /// measurements, else the newest with routes, else this year.
    /// </summary>
    private async Task<(IReadOnlyList<int> Years, int Default)> YearsAsync(IQueryable<Teacher> teachers, CancellationToken cancellationToken)
    {
        var ids = teachers.Select(t => t.Id);
        var measured = await db.TeacherMeasurements.Where(m => ids.Contains(m.TeacherId)).Select(m => m.Year).Distinct().ToListAsync(cancellationToken);
        var routed = await db.IndividualRoutes.Where(r => ids.Contains(r.TeacherId)).Select(r => r.Year).Distinct().ToListAsync(cancellationToken);
        var years = measured.Union(routed).OrderDescending().ToList();
        var newest = measured.Count > 0 ? measured.Max() : years.Count > 0 ? years[0] : time.GetUtcNow().Year;
        return (years, newest);
    }
}
