using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Routes;
using Orientir.Data.Tests.Support;
using Orientir.Data.Tests.Support.Lists;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Routes;

public class RouteLifecycleTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Only_a_methodologist_approves_a_leader_is_forbidden_and_another_schools_leader_does_not_find_it(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var route = await world.RouteAsync();

        Assert.Equal(ScopedOutcome.Forbidden, (await world.Commands().ApproveAsync(await world.ActorAsync(SupportWorld.Leader0101), route.Id)).Outcome);
        Assert.Equal(ScopedOutcome.NotFound, (await world.Commands().ApproveAsync(await world.ActorAsync(SupportWorld.Leader0201), route.Id)).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden, (await world.Commands().ApproveAsync(await world.ActorAsync(RoutesWorld.Teacher), route.Id)).Outcome);
        var approved = (await world.Commands().ApproveAsync(await world.ActorAsync(RoutesWorld.Methodologist), route.Id)).Value();

        Assert.Equal(RouteStatus.Approved, approved.Status);
        var detail = await world.CurrentAsync();
        Assert.Equal((RoutesWorld.Methodologist, RoutesWorld.Today.UtcDateTime), (detail.ApprovedBy, detail.ApprovedAtUtc));
        Assert.True(await world.Db.Audit.AnyAsync(a => a.Action == "staff.route.approve"));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_methodologist_edits_the_steps_others_may_not_and_a_done_step_stays(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var route = await world.RouteAsync();
        var steps = (await world.CurrentAsync()).Steps;
        var edit = steps.Skip(1).Select(s => new RouteStepInput(s.Id, s.Kind, s.Title, s.Deadline, s.Programme?.Id))
            .Append(new RouteStepInput(null, RouteStepKind.MasterClass, "Мастер-класс «Текстовые задачи»", new DateOnly(2026, 3, 1), DeficitCodes: "MA4.3"))
            .ToList();
        edit[0] = edit[0] with { Deadline = new DateOnly(2026, 1, 31), Title = "  Новое название шага  " };

        Assert.Equal(ScopedOutcome.Forbidden, (await world.Steps().ReplaceAsync(await world.ActorAsync(SupportWorld.Leader0101), route.Id, edit)).Outcome);
        var methodologist = await world.ActorAsync(RoutesWorld.Methodologist);
        var unknown = await world.Steps().ReplaceAsync(methodologist, route.Id, [edit[^1] with { DeficitCodes = "RU1.1" }]);
        Assert.Equal("Шаг 1, дефициты: «RU1.1» — не дефицит этого маршрута.", unknown.Message);
        Assert.Equal(steps.Count, (await world.Steps().ReplaceAsync(methodologist, route.Id, edit)).Value().Steps);

        var after = (await world.CurrentAsync()).Steps;
        Assert.DoesNotContain(after, s => s.Id == steps[0].Id);
        Assert.Equal(("Новое название шага", new DateOnly(2026, 1, 31), 1), (after[0].Title, after[0].Deadline, after[0].Order));
        Assert.Equal(RouteStepKind.MasterClass, after[^1].Kind);
        Assert.Equal(["MA4.3"], after[^1].DeficitCodes);
        Assert.True(await world.Db.Audit.AnyAsync(a => a.Action == "staff.route.edit"));

        await world.Commands().ApproveAsync(methodologist, route.Id);
        (await world.Commands().MarkStepDoneAsync(await world.ActorAsync(RoutesWorld.Teacher), route.Id, after[0].Id, "Удостоверение № 123")).Value();
        var dropDone = await world.Steps().ReplaceAsync(methodologist, route.Id, [edit[^1]]);
        Assert.Equal("Шаги: выполненный шаг удалить нельзя.", dropDone.Message);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_teacher_marks_only_their_own_steps_with_evidence_on_an_approved_route(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var route = await world.RouteAsync();
        var step = (await world.CurrentAsync()).Steps[0];
        var teacher = await world.ActorAsync(RoutesWorld.Teacher);

        Assert.Equal(ScopedOutcome.Invalid, (await world.Commands().MarkStepDoneAsync(teacher, route.Id, step.Id, "Удостоверение № 1")).Outcome);
        await world.Commands().ApproveAsync(await world.ActorAsync(RoutesWorld.Methodologist), route.Id);
        Assert.Equal(ScopedOutcome.NotFound,
            (await world.Commands().MarkStepDoneAsync(await world.ActorAsync(RoutesWorld.Colleague), route.Id, step.Id, "Удостоверение № 1")).Outcome);
        Assert.Equal(ScopedOutcome.Forbidden,
            (await world.Commands().MarkStepDoneAsync(await world.ActorAsync(SupportWorld.Leader0101), route.Id, step.Id, "Удостоверение № 1")).Outcome);
        var tooShort = await world.Commands().MarkStepDoneAsync(teacher, route.Id, step.Id, " a ");
        Assert.StartsWith("Подтверждение:", tooShort.Message);

        Assert.Equal(RouteStatus.Approved, (await world.Commands().MarkStepDoneAsync(teacher, route.Id, step.Id, " https://example.org/cert ")).Value().Status);
        var done = (await world.CurrentAsync(RoutesWorld.Teacher)).Steps[0];
        Assert.Equal((RouteStepStatus.Done, "https://example.org/cert", RoutesWorld.Teacher), (done.Status, done.Evidence, done.CompletedBy));
        Assert.Equal(ScopedOutcome.Invalid, (await world.Commands().MarkStepDoneAsync(teacher, route.Id, step.Id, "ещё раз")).Outcome);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_last_step_done_completes_the_route_and_a_new_one_may_then_be_proposed(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var route = await world.RouteAsync(approve: true);
        var steps = (await world.CurrentAsync()).Steps;
        var teacher = await world.ActorAsync(RoutesWorld.Teacher);
        var methodologist = await world.ActorAsync(RoutesWorld.Methodologist);

        RouteSaved last = route;
        foreach (var (step, i) in steps.Select((s, i) => (s, i)))
            last = (await world.Commands().MarkStepDoneAsync(i == 0 ? methodologist : teacher, route.Id, step.Id, $"Отчёт о шаге {i + 1}")).Value();

        Assert.Equal(RouteStatus.Completed, last.Status);
        Assert.Equal(RoutesWorld.Today.UtcDateTime, (await world.CurrentAsync()).CompletedAtUtc);
        Assert.Equal(steps.Count, await world.Db.Audit.CountAsync(a => a.Action == "staff.route.step.done"));
        Assert.Equal(1, await world.Db.Audit.CountAsync(a => a.Action == "staff.route.complete"));
        Assert.Equal(RouteStatus.Proposed, (await world.Commands().ProposeAsync(methodologist, "T0001")).Value().Status);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_later_measurement_shows_each_deficit_closed_persisting_or_not_yet_measured(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        await world.RouteAsync();
        await world.MeasureAsync("T0001", 2026, MeasurementSource.Results, "MA4.3", 66, deficit: false);
        await world.MeasureAsync("T0001", 2026, MeasurementSource.Diagnostic, "METH", 45, deficit: true);

        var deficits = (await world.CurrentAsync()).Deficits.ToDictionary(d => d.Code);
        Assert.Equal((DeficitOutcome.Closed, 2026, 66.0, 60.0),
            (deficits["MA4.3"].Outcome, deficits["MA4.3"].LaterYear, deficits["MA4.3"].LaterValue, deficits["MA4.3"].LaterReference));
        Assert.Equal((DeficitOutcome.Persisting, 45.0), (deficits["METH"].Outcome, deficits["METH"].LaterValue));
        Assert.Equal((DeficitOutcome.NotMeasured, null), (deficits["PSY"].Outcome, deficits["PSY"].LaterValue));
        var row = Assert.Single(await world.Queries().RoutesAsync(await world.ActorAsync(RoutesWorld.Methodologist)));
        Assert.Equal((1, 3), (row.DeficitsClosed, row.Deficits));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_route_list_holds_the_routes_in_scope_waiting_for_approval_first(DatabaseProvider provider)
    {
        await using var world = await RoutesWorld.CreateAsync(provider);
        var first = await world.RouteAsync(approve: true);
        await world.MeasureAsync("T0006", 2025, MeasurementSource.Diagnostic, "FL", 20, deficit: true);
        var second = (await world.Commands().ProposeAsync(await world.ActorAsync(RoutesWorld.Methodologist), "T0006")).Value();

        var all = await world.Queries().RoutesAsync(await world.ActorAsync(RoutesWorld.Methodologist));
        Assert.Equal([second.Id, first.Id], all.Select(r => r.Id));
        Assert.Equal(("T0006", "edu0201", 0), (all[0].TeacherCode, all[0].SchoolCode, all[0].StepsDone));
        Assert.Equal([first.Id], (await world.Queries().RoutesAsync(await world.ActorAsync(RoutesWorld.Methodologist), RouteStatus.Approved)).Select(r => r.Id));
        Assert.Equal([first.Id], (await world.Queries().RoutesAsync(await world.ActorAsync(SupportWorld.OfficerM01))).Select(r => r.Id));
        Assert.Equal([second.Id], (await world.Queries().RoutesAsync(await world.ActorAsync(SupportWorld.Leader0201))).Select(r => r.Id));
        Assert.Equal([first.Id], (await world.Queries().RoutesAsync(await world.ActorAsync(RoutesWorld.Teacher))).Select(r => r.Id));
        Assert.Empty(await world.Queries().RoutesAsync(await world.ActorAsync(RoutesWorld.Colleague)));
        Assert.Null(await world.Queries().TeacherRoutesAsync(await world.ActorAsync(RoutesWorld.Colleague), "T0001"));
    }
}
