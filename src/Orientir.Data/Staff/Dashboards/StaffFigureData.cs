using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Dashboards;

/// <summary>
/// What the figures of a year are counted from, loaded once for a scope's teachers: their measurements of the year,
/// the routes of the year with their steps and deficits' re-measurement, and who is a mentee in an active group.
/// Figures of any subset (a municipality, a school) are then counted in memory.
/// </summary>
internal sealed class StaffFigureData
{
    private StaffFigureData() { }

    public required IReadOnlyList<ScopeTeacher> Teachers { get; init; }
    public required IReadOnlyList<YearMeasurement> Measurements { get; init; }
    private IReadOnlyList<YearRoute> Routes { get; init; } = [];
    private ILookup<int, RouteStepStatus> Steps { get; init; } = Array.Empty<int>().ToLookup(_ => 0, _ => RouteStepStatus.Planned);
    private ILookup<int, DeficitOutcome> Deficits { get; init; } = Array.Empty<int>().ToLookup(_ => 0, _ => DeficitOutcome.NotMeasured);
    private IReadOnlySet<int> Mentees { get; init; } = new HashSet<int>();
    private int YoungTeacherYears { get; init; }

    public static async Task<StaffFigureData> LoadAsync(OrientirDbContext db, IQueryable<Teacher> teachers, int year,
        int youngTeacherYears, CancellationToken cancellationToken)
    {
        var ids = teachers.Select(t => t.Id);
        var scoped = await teachers.AsNoTracking()
            .Select(t => new ScopeTeacher(t.Id, t.Code, t.SchoolId, t.ExperienceYears)).ToListAsync(cancellationToken);
        var measurements = await db.TeacherMeasurements.AsNoTracking()
            .Where(m => m.Year == year && ids.Contains(m.TeacherId))
            .Select(m => new YearMeasurement(m.TeacherId, m.Source, m.Code, m.Subject, m.IsDeficit)).ToListAsync(cancellationToken);
        var routesOfYear = db.IndividualRoutes.Where(r => r.Year == year && ids.Contains(r.TeacherId));
        var routes = await routesOfYear.AsNoTracking().Select(r => new YearRoute(r.Id, r.TeacherId, r.Status)).ToListAsync(cancellationToken);
        var routeIds = routesOfYear.Select(r => r.Id);
        var steps = await db.RouteSteps.AsNoTracking().Where(s => routeIds.Contains(s.RouteId))
            .Select(s => new { s.RouteId, s.Status }).ToListAsync(cancellationToken);
        var deficits = await db.RouteDeficits.AsNoTracking().Where(d => routeIds.Contains(d.RouteId))
            .Select(d => new { d.Id, d.RouteId }).ToListAsync(cancellationToken);
        var outcomes = await Remeasurement.OfAsync(db, deficits.Select(d => d.Id).ToList(), cancellationToken);
        var mentees = await (from m in db.MentoringMentees
                             join g in db.MentoringGroups on m.GroupId equals g.Id
                             where g.Status == MentoringStatus.Active && ids.Contains(m.TeacherId)
                             select m.TeacherId).Distinct().ToListAsync(cancellationToken);
        return new StaffFigureData
        {
            Teachers = scoped,
            Measurements = measurements,
            Routes = routes,
            Steps = steps.ToLookup(s => s.RouteId, s => s.Status),
            Deficits = deficits.ToLookup(d => d.RouteId, d => outcomes[d.Id].Outcome),
            Mentees = mentees.ToHashSet(),
            YoungTeacherYears = youngTeacherYears,
        };
    }

    public bool IsYoung(int experienceYears) => experienceYears < YoungTeacherYears;

    public StaffFigures Figures(Func<ScopeTeacher, bool> include)
    {
        var teachers = Teachers.Where(include).ToList();
        var ids = teachers.Select(t => t.Id).ToHashSet();
        var measurements = Measurements.Where(m => ids.Contains(m.TeacherId)).ToList();
        var routes = Routes.Where(r => ids.Contains(r.TeacherId)).ToList();
        var steps = routes.SelectMany(r => Steps[r.Id]).ToList();
        var deficits = routes.SelectMany(r => Deficits[r.Id]).ToList();
        var young = teachers.Where(t => IsYoung(t.ExperienceYears)).ToList();
        return new StaffFigures(
            teachers.Count,
            measurements.Select(m => m.TeacherId).Distinct().Count(),
            measurements.Where(m => m.IsDeficit).Select(m => m.TeacherId).Distinct().Count(),
            routes.Count(r => r.Status == RouteStatus.Proposed),
            routes.Count(r => r.Status == RouteStatus.Approved),
            routes.Count(r => r.Status == RouteStatus.Completed),
            steps.Count(s => s == RouteStepStatus.Done),
            steps.Count,
            deficits.Count(d => d == DeficitOutcome.Closed),
            deficits.Count(d => d == DeficitOutcome.Persisting),
            deficits.Count(d => d == DeficitOutcome.NotMeasured),
            young.Count,
            young.Count(t => Mentees.Contains(t.Id)));
    }

    public IReadOnlyList<CompetenceDeficits> ByCompetence(IReadOnlyDictionary<string, string> names) =>
        Measurements.Where(m => m.Source == MeasurementSource.Diagnostic)
            .GroupBy(m => m.Code)
            .Select(g => new CompetenceDeficits(g.Key, names.GetValueOrDefault(g.Key, g.Key),
                g.Select(m => m.TeacherId).Distinct().Count(), g.Where(m => m.IsDeficit).Select(m => m.TeacherId).Distinct().Count()))
            .OrderByDescending(c => c.TeachersWithDeficit).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

    public IReadOnlyList<SkillDeficits> BySkill() =>
        Measurements.Where(m => m.Source == MeasurementSource.Results)
            .GroupBy(m => (m.Subject, m.Code))
            .Select(g => new SkillDeficits(g.Key.Subject, g.Key.Code,
                g.Select(m => m.TeacherId).Distinct().Count(), g.Where(m => m.IsDeficit).Select(m => m.TeacherId).Distinct().Count()))
            .OrderByDescending(s => s.TeachersWithDeficit).ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
}

internal sealed record ScopeTeacher(int Id, string Code, int SchoolId, int ExperienceYears);

internal sealed record YearMeasurement(int TeacherId, MeasurementSource Source, string Code, string Subject, bool IsDeficit);

internal sealed record YearRoute(int Id, int TeacherId, RouteStatus Status);
