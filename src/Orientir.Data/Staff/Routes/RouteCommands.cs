using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Audit;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Routes;

/// <summary>
/// The life of an individual route: proposed from a teacher's deficits (a methodologist, or the leader of the teacher's
/// school), approved by a methodologist, followed by the teacher step by step, completed when every step is done.
/// Out of the actor's scope is not found; editing and approval are the methodologist's (<see cref="StaffActor.ManagesStaff"/>).
/// </summary>
public sealed class RouteCommands(OrientirDbContext db, TimeProvider time)
{
    public const string NotManager = "Изменять и утверждать маршруты может только методист.";

    /// <summary>A proposal from the teacher's deficits of <paramref name="year"/> (default: the newest year the teacher was measured).</summary>
    public async Task<ScopedResult<RouteSaved>> ProposeAsync(StaffActor actor, string teacherCode, int? year = null,
        CancellationToken cancellationToken = default)
    {
        var teacher = await new StaffAccess(db).VisibleTeacherAsync(actor, teacherCode, cancellationToken);
        if (teacher is null) return ScopedResult<RouteSaved>.NotFound();
        if (!actor.ManagesStaff && !actor.LeadsSchool(teacher.SchoolId))
            return ScopedResult<RouteSaved>.Forbidden("Предложить маршрут может методист или руководитель школы педагога.");
        if (await db.IndividualRoutes.AnyAsync(r => r.TeacherId == teacher.Id && r.Status != RouteStatus.Completed, cancellationToken))
            return ScopedResult<RouteSaved>.Invalid("Маршрут: у педагога уже есть незавершённый маршрут — измените или завершите его.");
        year ??= await db.TeacherMeasurements.Where(m => m.TeacherId == teacher.Id).MaxAsync(m => (int?)m.Year, cancellationToken);
        var deficits = year is null ? [] : await db.TeacherMeasurements.AsNoTracking()
            .Where(m => m.TeacherId == teacher.Id && m.Year == year && m.IsDeficit)
            .OrderBy(m => m.Source).ThenBy(m => m.Code).ToListAsync(cancellationToken);
        if (deficits.Count == 0)
            return ScopedResult<RouteSaved>.Invalid($"Год: у педагога нет выявленных дефицитов за {year?.ToString() ?? "какой-либо"} год.");

        var settings = (await new MethodologyStore(db).CurrentAsync(cancellationToken)).Settings.Staff;
        var now = time.GetUtcNow().UtcDateTime;
        var deadline = DateOnly.FromDateTime(now).AddMonths(settings.StepMonths);
        var steps = await new RouteProposal(db, settings, deadline).StepsAsync(teacher, deficits, cancellationToken);
        var route = new IndividualRoute
        {
            TeacherId = teacher.Id, Year = year!.Value, Status = RouteStatus.Proposed, CreatedAtUtc = now, CreatedBy = actor.UserName,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IndividualRoutes.Add(route);
        await db.SaveChangesAsync(cancellationToken);
        // A snapshot: the route keeps its baseline even when the measurements are recomputed.
        db.RouteDeficits.AddRange(deficits.Select(d => new RouteDeficit
        {
            RouteId = route.Id, Source = d.Source, Code = d.Code, Subject = d.Subject, Year = d.Year, Value = d.Value,
            Reference = d.Reference, EvidenceJson = d.EvidenceJson,
        }));
        foreach (var step in steps) step.RouteId = route.Id;
        db.RouteSteps.AddRange(steps);
        Audit(actor, now, "propose", route, teacher.Code, $"year={route.Year} deficits={deficits.Count} steps={steps.Count}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ScopedResult<RouteSaved>.Ok(new RouteSaved(route.Id, teacher.Code, route.Year, route.Status, steps.Count));
    }

    /// <summary>Approval of a proposed route: the teacher follows it from now on.</summary>
    public async Task<ScopedResult<RouteSaved>> ApproveAsync(StaffActor actor, int routeId, CancellationToken cancellationToken = default)
    {
        var (route, teacher) = await VisibleRouteAsync(actor, routeId, cancellationToken);
        if (route is null || teacher is null) return ScopedResult<RouteSaved>.NotFound();
        if (!actor.ManagesStaff) return ScopedResult<RouteSaved>.Forbidden(NotManager);
        if (route.Status != RouteStatus.Proposed) return ScopedResult<RouteSaved>.Invalid("Маршрут: утвердить можно только предложенный маршрут.");
        var steps = await db.RouteSteps.CountAsync(s => s.RouteId == routeId, cancellationToken);
        if (steps == 0) return ScopedResult<RouteSaved>.Invalid("Шаги: в маршруте нет ни одного шага.");
        var now = time.GetUtcNow().UtcDateTime;
        route.Status = RouteStatus.Approved;
        route.ApprovedAtUtc = now;
        route.ApprovedBy = actor.UserName;
        Audit(actor, now, "approve", route, teacher.Code, $"steps={steps}");
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<RouteSaved>.Ok(new RouteSaved(route.Id, teacher.Code, route.Year, route.Status, steps));
    }

    /// <summary>
    /// A step done, with what shows it: by the teacher themself or a methodologist, on an approved route. The last step
    /// done completes the route.
    /// </summary>
    public async Task<ScopedResult<RouteSaved>> MarkStepDoneAsync(StaffActor actor, int routeId, long stepId, string? evidence,
        CancellationToken cancellationToken = default)
    {
        var (route, teacher) = await VisibleRouteAsync(actor, routeId, cancellationToken);
        if (route is null || teacher is null) return ScopedResult<RouteSaved>.NotFound();
        var step = await db.RouteSteps.SingleOrDefaultAsync(s => s.Id == stepId && s.RouteId == routeId, cancellationToken);
        if (step is null) return ScopedResult<RouteSaved>.NotFound();
        if (!actor.Is(route.TeacherId) && !actor.ManagesStaff)
            return ScopedResult<RouteSaved>.Forbidden("Отметить шаг выполненным может сам педагог или методист.");
        if (route.Status != RouteStatus.Approved) return ScopedResult<RouteSaved>.Invalid("Маршрут: шаги отмечают в утверждённом маршруте.");
        if (step.Status == RouteStepStatus.Done) return ScopedResult<RouteSaved>.Invalid("Шаг: уже отмечен выполненным.");
        var text = evidence?.Trim() ?? "";
        if (text.Length is < 3 or > 2000)
            return ScopedResult<RouteSaved>.Invalid("Подтверждение: укажите номер удостоверения, ссылку или краткий отчёт (от 3 до 2000 символов).");

        var now = time.GetUtcNow().UtcDateTime;
        step.Status = RouteStepStatus.Done;
        step.CompletedAtUtc = now;
        step.CompletedBy = actor.UserName;
        step.Evidence = text;
        Audit(actor, now, "step.done", route, teacher.Code, $"step={step.Id} kind={step.Kind}");
        var steps = await db.RouteSteps.Where(s => s.RouteId == routeId).Select(s => new { s.Id, s.Status }).ToListAsync(cancellationToken);
        if (steps.All(s => s.Id == step.Id || s.Status == RouteStepStatus.Done)) Complete(actor, route, teacher.Code, now);
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<RouteSaved>.Ok(new RouteSaved(route.Id, teacher.Code, route.Year, route.Status, steps.Count));
    }

    internal void Complete(StaffActor actor, IndividualRoute route, string teacherCode, DateTime now)
    {
        route.Status = RouteStatus.Completed;
        route.CompletedAtUtc = now;
        Audit(actor, now, "complete", route, teacherCode, "");
    }

    /// <summary>The route and its teacher when the actor sees the teacher; (null, null) otherwise.</summary>
    internal async Task<(IndividualRoute? Route, Teacher? Teacher)> VisibleRouteAsync(StaffActor actor, int routeId, CancellationToken cancellationToken)
    {
        var route = await db.IndividualRoutes.SingleOrDefaultAsync(r => r.Id == routeId, cancellationToken);
        if (route is null) return (null, null);
        var teacher = await new StaffAccess(db).VisibleTeachers(actor).AsNoTracking().SingleOrDefaultAsync(t => t.Id == route.TeacherId, cancellationToken);
        return teacher is null ? (null, null) : (route, teacher);
    }

    internal void Audit(StaffActor actor, DateTime now, string action, IndividualRoute route, string teacherCode, string details) =>
        db.Audit.Add(new AuditEntry(now, actor.UserName, $"staff.route.{action}",
            $"route={route.Id} teacher={teacherCode}{(details.Length > 0 ? " " + details : "")}"));
}
