using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Routes;

/// <summary>
/// A methodologist's edit of a route's steps: the whole list replaced at once (add, remove, retitle, re-date, change the
/// kind or the programme). Done steps stay: their evidence is the teacher's record.
/// </summary>
public sealed class RouteStepCommands(OrientirDbContext db, TimeProvider time)
{
    public async Task<ScopedResult<RouteSaved>> ReplaceAsync(StaffActor actor, int routeId, IReadOnlyList<RouteStepInput> steps,
        CancellationToken cancellationToken = default)
    {
        var commands = new RouteCommands(db, time);
        var (route, teacher) = await commands.VisibleRouteAsync(actor, routeId, cancellationToken);
        if (route is null || teacher is null) return ScopedResult<RouteSaved>.NotFound();
        if (!actor.ManagesStaff) return ScopedResult<RouteSaved>.Forbidden(RouteCommands.NotManager);
        if (route.Status == RouteStatus.Completed) return ScopedResult<RouteSaved>.Invalid("Маршрут: пройденный маршрут не изменяют.");

        var existing = await db.RouteSteps.Where(s => s.RouteId == routeId).ToListAsync(cancellationToken);
        var deficitCodes = await db.RouteDeficits.Where(d => d.RouteId == routeId).Select(d => d.Code).ToListAsync(cancellationToken);
        if (await ProblemAsync(steps, existing, deficitCodes, cancellationToken) is { } problem) return ScopedResult<RouteSaved>.Invalid(problem);

        var kept = steps.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        var removed = existing.Where(s => !kept.Contains(s.Id)).ToList();
        db.RouteSteps.RemoveRange(removed);
        var order = 0;
        var added = 0;
        foreach (var input in steps)
        {
            var step = input.Id is { } id ? existing.Single(s => s.Id == id) : new RouteStep { RouteId = routeId, Status = RouteStepStatus.Planned };
            if (input.Id is null)
            {
                db.RouteSteps.Add(step);
                added++;
            }
            step.Order = ++order;
            step.Title = input.Title!.Trim();
            step.Deadline = input.Deadline;
            step.Kind = input.Kind;
            step.CourseProgrammeId = input.Kind == RouteStepKind.Course ? input.CourseProgrammeId ?? step.CourseProgrammeId : null;
            if (input.Kind != RouteStepKind.Mentoring) step.MentorTeacherId = null;
            if (input.Kind != RouteStepKind.Internship) step.HostSchoolId = null;
            if (input.DeficitCodes is not null) step.DeficitCodes = string.Join('|', Codes(input.DeficitCodes));
        }
        var now = time.GetUtcNow().UtcDateTime;
        commands.Audit(actor, now, "edit", route, teacher.Code, $"steps={steps.Count} added={added} removed={removed.Count}");
        // Removing the last planned step of an approved route leaves nothing to do: the route is passed.
        var all = existing.Where(s => kept.Contains(s.Id)).Select(s => s.Status).ToList();
        if (route.Status == RouteStatus.Approved && added == 0 && all.Count > 0 && all.All(s => s == RouteStepStatus.Done))
            commands.Complete(actor, route, teacher.Code, now);
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<RouteSaved>.Ok(new RouteSaved(route.Id, teacher.Code, route.Year, route.Status, steps.Count));
    }

    private async Task<string?> ProblemAsync(IReadOnlyList<RouteStepInput> steps, IReadOnlyList<RouteStep> existing,
        IReadOnlyList<string> deficitCodes, CancellationToken cancellationToken)
    {
        if (steps.Count == 0) return "Шаги: в маршруте должен остаться хотя бы один шаг.";
        var ids = steps.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToList();
        if (ids.Distinct().Count() != ids.Count || ids.Any(id => existing.All(s => s.Id != id)))
            return "Шаги: указан шаг, которого нет в маршруте.";
        if (existing.Any(s => s.Status == RouteStepStatus.Done && !ids.Contains(s.Id)))
            return "Шаги: выполненный шаг удалить нельзя.";
        foreach (var (input, n) in steps.Select((s, i) => (s, i + 1)))
        {
            if (!Enum.IsDefined(input.Kind)) return $"Шаг {n}, вид: неизвестный вид шага.";
            var title = input.Title?.Trim() ?? "";
            if (title.Length is < 3 or > 500) return $"Шаг {n}, название: от 3 до 500 символов.";
            if (input.Deadline == default) return $"Шаг {n}, срок: укажите дату.";
            if (input.DeficitCodes is not null && Codes(input.DeficitCodes).FirstOrDefault(c => !deficitCodes.Contains(c)) is { } unknown)
                return $"Шаг {n}, дефициты: «{unknown}» — не дефицит этого маршрута.";
            if (input.Kind == RouteStepKind.Course && input.CourseProgrammeId is { } programme
                && !await db.CourseProgrammes.AnyAsync(p => p.Id == programme, cancellationToken))
                return $"Шаг {n}, программа: нет такой программы в каталоге ДПП.";
        }
        return null;
    }

    private static IEnumerable<string> Codes(string codes) =>
        codes.Split(['|', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct();
}
