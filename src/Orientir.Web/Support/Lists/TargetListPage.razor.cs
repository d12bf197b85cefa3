using Orientir.Data.Access;
using Microsoft.AspNetCore.Components;
using Orientir.Data.Support;
using Orientir.Data.Support.Lists;
using Orientir.Domain.Support;

namespace Orientir.Web.Support.Lists;

/// <summary>One revision of a year's list: its schools, hand edits and approval for managers, curators per school, stage dates, history.</summary>
public partial class TargetListPage
{
    [Parameter] public int Id { get; set; }

    private bool _loading = true;
    private bool _manages;
    private string? _error;
    private TargetListDetail? _detail;
    private IReadOnlyList<TargetListChangeRow> _changes = [];
    private IReadOnlyList<CuratorAccount> _curators = [];
    private string? _addCode;
    private string? _addReason;
    private bool _confirmApprove;
    private bool _removeOpen;
    private TargetListSchoolRow? _removing;
    private string? _removeReason;
    private string? _removeError;

    private static readonly MudBlazor.DialogOptions DialogWidth = new() { MaxWidth = MudBlazor.MaxWidth.Small, FullWidth = true };

    private string Title => _detail is { } d ? $"Список адресной поддержки {d.List.Year} года" : "Список адресной поддержки";

    private string Subtitle
    {
        get
        {
            var list = _detail!.List;
            var parts = new List<string> { $"редакция {list.Revision}", SupportLabels.ListStatus(list.Status) };
            if (list.InForce) parts.Add("действует");
            if (list.ApprovedAtUtc is { } at) parts.Add($"утверждён {Date(at)} ({list.ApprovedBy})");
            parts.Add($"по расчёту анализа школ № {list.SourceRunId}, методика версии {list.MethodologyVersion}");
            return string.Join(" · ", parts);
        }
    }

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    private async Task ReloadAsync()
    {
        var actor = await ActorAsync();
        _manages = actor.ManagesSupport;
        var queries = Service<TargetListQueries>();
        _detail = await queries.ListAsync(actor, Id);
        _changes = await queries.ChangesAsync(actor, Id) ?? [];
        if (_manages) _curators = (await queries.CuratorsAsync(actor)).Value ?? [];
        _loading = false;
    }

    private string CuratorEmail(TargetListSchoolRow school) =>
        _curators.FirstOrDefault(c => c.UserId == school.CuratorUserId)?.Email ?? "";

    private async Task AddAsync()
    {
        var result = await Service<TargetListSchoolCommands>().AddAsync(await ActorAsync(), Id, _addCode ?? "", _addReason);
        if (await DoneAsync(result)) (_addCode, _addReason) = (null, null);
    }

    private void AskRemove(TargetListSchoolRow school)
    {
        (_removing, _removeReason, _removeError, _removeOpen) = (school, null, null, true);
    }

    private async Task RemoveAsync()
    {
        var result = await Service<TargetListSchoolCommands>().RemoveAsync(await ActorAsync(), Id, _removing!.Code, _removeReason);
        if (result.Succeeded)
        {
            _removeOpen = false;
            await ReloadAsync();
        }
        else
        {
            _removeError = result.Message;
        }
    }

    private async Task RestoreAsync(TargetListSchoolRow school) =>
        await DoneAsync(await Service<TargetListSchoolCommands>().RestoreAsync(await ActorAsync(), Id, school.Code));

    private async Task ApproveAsync()
    {
        _confirmApprove = false;
        await DoneAsync(await Service<TargetListCommands>().ApproveAsync(await ActorAsync(), Id));
    }

    private async Task NewRevisionAsync()
    {
        var result = await Service<TargetListCommands>().NewRevisionAsync(await ActorAsync(), Id);
        if (result.Succeeded) Navigation.NavigateTo($"/support/lists/{result.Value!.Id}");
        else _error = result.Message;
    }

    private async Task AssignAsync(TargetListSchoolRow school, string? email)
    {
        var commands = Service<CuratorCommands>();
        var actor = await ActorAsync();
        if (string.IsNullOrEmpty(email))
        {
            if (school.CuratorUserId is not null) await DoneAsync(await commands.UnassignAsync(actor, school.Code));
            return;
        }
        await DoneAsync(await commands.AssignAsync(actor, school.Code, email, null));
    }

    /// <summary>Shows a refusal, or reloads the list after a change; true when the change was made.</summary>
    private async Task<bool> DoneAsync<T>(ScopedResult<T> result)
    {
        _error = result.Succeeded ? null : result.Message;
        if (result.Succeeded) await ReloadAsync();
        return result.Succeeded;
    }
}
