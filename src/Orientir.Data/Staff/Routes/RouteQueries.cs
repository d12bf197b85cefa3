using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Routes;

/// <summary>Routes as the actor may see them: one teacher's in full, or every route in scope for the list page.</summary>
public sealed class RouteQueries(OrientirDbContext db)
{
    /// <summary>The teacher's routes, newest first, with re-measurement; null when the actor does not see the teacher.</summary>
    public async Task<TeacherRoutes?> TeacherRoutesAsync(StaffActor actor, string teacherCode, CancellationToken cancellationToken = default)
    {
        var teacher = await new StaffAccess(db).VisibleTeacherAsync(actor, teacherCode, cancellationToken);
        if (teacher is null) return null;
        var schoolName = await db.Schools.Where(s => s.Id == teacher.SchoolId).Select(s => s.Name).SingleAsync(cancellationToken);
        var routes = await db.IndividualRoutes.AsNoTracking().Where(r => r.TeacherId == teacher.Id)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var routeIds = routes.Select(r => r.Id).ToList();
        var deficits = await db.RouteDeficits.AsNoTracking().Where(d => routeIds.Contains(d.RouteId)).OrderBy(d => d.Source).ThenBy(d => d.Code)
            .ToListAsync(cancellationToken);
        var outcomes = await Remeasurement.OfAsync(db, deficits.Select(d => d.Id).ToList(), cancellationToken);
        var names = await db.Competences.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var steps = await StepsAsync(routeIds, cancellationToken);
        var details = routes.Select(r => new RouteDetail(r.Id, r.Year, r.Status, r.CreatedAtUtc, r.CreatedBy, r.ApprovedAtUtc, r.ApprovedBy,
            r.CompletedAtUtc,
            deficits.Where(d => d.RouteId == r.Id).Select(d => Row(d, outcomes[d.Id], names)).ToList(),
            steps[r.Id].ToList())).ToList();
        return new TeacherRoutes(teacher.Id, teacher.Code, teacher.SchoolId, schoolName,
            CanPropose: actor.ManagesStaff || actor.LeadsSchool(teacher.SchoolId), CanManage: actor.ManagesStaff, IsSelf: actor.Is(teacher.Id),
            details);
    }

    /// <summary>Every route in the actor's scope, optionally of one status; those waiting for approval first, then the newest.</summary>
    public async Task<IReadOnlyList<RouteListRow>> RoutesAsync(StaffActor actor, RouteStatus? status = null, CancellationToken cancellationToken = default)
    {
        var teachers = new StaffAccess(db).VisibleTeachers(actor);
        var query = from r in db.IndividualRoutes.AsNoTracking()
                    join t in teachers on r.TeacherId equals t.Id
                    join s in db.Schools on t.SchoolId equals s.Id
                    select new { Route = r, TeacherCode = t.Code, SchoolCode = s.Code, SchoolName = s.Name };
        if (status is { } wanted) query = query.Where(x => x.Route.Status == wanted);
        var rows = await query.ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Route.Id).ToList();
        var steps = (await db.RouteSteps.AsNoTracking().Where(s => ids.Contains(s.RouteId)).Select(s => new { s.RouteId, s.Status })
            .ToListAsync(cancellationToken)).ToLookup(s => s.RouteId);
        var deficits = (await db.RouteDeficits.AsNoTracking().Where(d => ids.Contains(d.RouteId)).Select(d => new { d.Id, d.RouteId })
            .ToListAsync(cancellationToken)).ToLookup(d => d.RouteId);
        var outcomes = await Remeasurement.OfAsync(db, deficits.SelectMany(d => d).Select(d => d.Id).ToList(), cancellationToken);
        return rows
            .OrderByDescending(r => r.Route.Status == RouteStatus.Proposed).ThenByDescending(r => r.Route.CreatedAtUtc).ThenByDescending(r => r.Route.Id)
            .Select(r => new RouteListRow(r.Route.Id, r.TeacherCode, r.SchoolCode, r.SchoolName, r.Route.Year, r.Route.Status, r.Route.CreatedAtUtc,
                steps[r.Route.Id].Count(s => s.Status == RouteStepStatus.Done), steps[r.Route.Id].Count(),
                deficits[r.Route.Id].Count(d => outcomes[d.Id].Outcome == DeficitOutcome.Closed), deficits[r.Route.Id].Count()))
            .ToList();
    }

    private async Task<ILookup<int, RouteStepRow>> StepsAsync(IReadOnlyCollection<int> routeIds, CancellationToken cancellationToken)
    {
        var rows = await (from s in db.RouteSteps.AsNoTracking()
                          where routeIds.Contains(s.RouteId)
                          join p in db.CourseProgrammes on s.CourseProgrammeId equals p.Id into programmes
                          from p in programmes.DefaultIfEmpty()
                          join m in db.Teachers on s.MentorTeacherId equals m.Id into mentors
                          from m in mentors.DefaultIfEmpty()
                          join ms in db.Schools on m.SchoolId equals ms.Id into mentorSchools
                          from ms in mentorSchools.DefaultIfEmpty()
                          join h in db.Schools on s.HostSchoolId equals h.Id into hosts
                          from h in hosts.DefaultIfEmpty()
                          select new
                          {
                              Step = s,
                              Programme = p == null ? null : new RouteProgramme(p.Id, p.Title, p.Provider, p.Hours, p.RegistryNumber),
                              Mentor = m == null ? null : new RouteMentor(m.Id, m.Code, ms!.Name),
                              Host = h == null ? null : h.Name,
                          }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Step.Order).ThenBy(r => r.Step.Id).ToLookup(r => r.Step.RouteId, r => new RouteStepRow(r.Step.Id, r.Step.Order,
            r.Step.Kind, r.Step.Title, r.Step.DeficitCodes.Split('|', StringSplitOptions.RemoveEmptyEntries), r.Step.Deadline, r.Step.Status,
            r.Step.CompletedAtUtc, r.Step.CompletedBy, r.Step.Evidence, r.Programme, r.Mentor, r.Host));
    }

    private static RouteDeficitRow Row(RouteDeficit d, DeficitRemeasurement later, IReadOnlyDictionary<string, string> names) =>
        new(d.Id, d.Source, d.Code, names.GetValueOrDefault(d.Code, d.Code), d.Subject, d.Year, d.Value, d.Reference, later.Outcome, later.Year,
            later.Value, later.Reference);
}
