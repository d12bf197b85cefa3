using Microsoft.AspNetCore.Components;
using MudBlazor;
using Orientir.Data.Access;
using Orientir.Data.Staff.Routes;
using Orientir.Domain.Staff;

namespace Orientir.Web.Staff.Routes;

/// <summary>
/// The teacher's route on the teacher's page: a methodologist or the school's leader proposes it, a methodologist edits
/// the steps and approves it, the teacher (or a methodologist) marks steps done with evidence.
/// </summary>
public partial class TeacherRoutePanel
{
    [Parameter, EditorRequired] public string TeacherCode { get; set; } = "";

    private TeacherRoutes? _routes;
    private bool _notFound;
    private string? _error;
    private bool _busy;
    private long? _doneStepId;
    private string? _evidence;
    private RouteStepKind _addKind = RouteStepKind.MasterClass;
    private string? _addTitle;
    private DateOnly _addDeadline;

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    private async Task ReloadAsync()
    {
        var routes = await Service<RouteQueries>().TeacherRoutesAsync(await ActorAsync(), TeacherCode);
        _notFound = routes is null;
        _routes = routes ?? new TeacherRoutes(0, TeacherCode, 0, "", false, false, false, []);
        if (_addDeadline == default)
        {
            // A step added by hand gets the proposal's deadline by default: StepMonths of the methodology in force.
            var months = (await Service<Data.Schools.MethodologyStore>().CurrentAsync()).Settings.Staff.StepMonths;
            _addDeadline = DateOnly.FromDateTime(Service<TimeProvider>().GetUtcNow().UtcDateTime).AddMonths(months);
        }
    }

    private bool CanEdit(RouteDetail route) => _routes!.CanManage && route.Status != RouteStatus.Completed;

    private bool CanMarkDone(RouteDetail route) => (_routes!.IsSelf || _routes.CanManage) && route.Status == RouteStatus.Approved;

    private static Color StatusColor(RouteStatus status) => status switch
    {
        RouteStatus.Proposed => Color.Warning,
        RouteStatus.Approved => Color.Info,
        _ => Color.Success,
    };

    private static string Details(RouteStepRow step)
    {
        if (step.Programme is { } p)
            return $"{p.Title} · {p.Provider} · {p.Hours} ч{(p.RegistryNumber is { } number ? $" · № в реестре {number}" : "")}";
        if (step.Mentor is { } m) return $"наставник {m.Code} · {m.SchoolName}";
        return step.HostSchoolName ?? "";
    }

    private void OpenDone(RouteStepRow step)
    {
        _doneStepId = step.Id;
        _evidence = null;
        _error = null;
    }

    private Task ProposeAsync() => RunAsync(async actor => await Service<RouteCommands>().ProposeAsync(actor, TeacherCode));

    private Task ApproveAsync(RouteDetail route) => RunAsync(async actor => await Service<RouteCommands>().ApproveAsync(actor, route.Id));

    private async Task MarkDoneAsync(RouteDetail route, RouteStepRow step)
    {
        await RunAsync(async actor => await Service<RouteCommands>().MarkStepDoneAsync(actor, route.Id, step.Id, _evidence));
        if (_error is null) _doneStepId = null;
    }

    private Task ChangeDeadlineAsync(RouteDetail route, RouteStepRow step, string? value)
    {
        if (!DateOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var deadline))
        {
            _error = "Срок: укажите дату.";
            return Task.CompletedTask;
        }
        return ReplaceAsync(route, Inputs(route).Select(s => s.Id == step.Id ? s with { Deadline = deadline } : s).ToList());
    }

    private Task RemoveAsync(RouteDetail route, RouteStepRow step) => ReplaceAsync(route, Inputs(route).Where(s => s.Id != step.Id).ToList());

    private async Task AddAsync(RouteDetail route)
    {
        await ReplaceAsync(route, [.. Inputs(route), new RouteStepInput(null, _addKind, _addTitle, _addDeadline)]);
        if (_error is null) _addTitle = null;
    }

    private Task ReplaceAsync(RouteDetail route, IReadOnlyList<RouteStepInput> steps) =>
        RunAsync(async actor => await Service<RouteStepCommands>().ReplaceAsync(actor, route.Id, steps));

    private static IEnumerable<RouteStepInput> Inputs(RouteDetail route) =>
        route.Steps.Select(s => new RouteStepInput(s.Id, s.Kind, s.Title, s.Deadline, s.Programme?.Id));

    private async Task RunAsync(Func<Data.Staff.StaffActor, Task<ScopedResult<RouteSaved>>> command)
    {
        _busy = true;
        _error = null;
        var result = await command(await ActorAsync());
        _busy = false;
        if (!result.Succeeded) _error = result.Message;
        await ReloadAsync();
    }
}
