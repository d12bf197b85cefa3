using Orientir.Data.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Support.Lists;
using Orientir.Web.Access;

namespace Orientir.Web.Support.Lists;

/// <summary>The curator to assign: the account's email (or its user id) and why.</summary>
public sealed record AssignCuratorRequest(string CuratorEmail, string? Reason);

/// <summary><c>/api/support</c> for curators: the accounts, a school's curator and its history, the curator's workspace.</summary>
internal static class CuratorsApi
{
    public static IEndpointRouteBuilder MapCuratorsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/curators", GetCuratorsAsync).WithSummary("Кураторы и их текущие школы (администратор, региональный аналитик)");
        api.MapPut("/schools/{code}/curator", AssignAsync).WithSummary("Назначить куратора школы (прежний снимается, история сохраняется)");
        api.MapDelete("/schools/{code}/curator", UnassignAsync).WithSummary("Снять куратора школы");
        api.MapGet("/schools/{code}/curators", GetHistoryAsync).WithSummary("История кураторов школы");
        api.MapGet("/curator/workspace", GetWorkspaceAsync).WithSummary("Рабочее место куратора: школы, документы на проверке, просрочки");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<CuratorAccount>>, NotFound, ProblemHttpResult>> GetCuratorsAsync(ClaimsPrincipal user,
        ScopedQueries scoped, TargetListQueries queries, CancellationToken cancellationToken) =>
        (await queries.CuratorsAsync(await scoped.SupportActorAsync(user, cancellationToken), cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CuratorPeriod>, NotFound, ProblemHttpResult>> AssignAsync(string code, AssignCuratorRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, CuratorCommands commands, CancellationToken cancellationToken) =>
        (await commands.AssignAsync(await scoped.SupportActorAsync(user, cancellationToken), code, request.CuratorEmail ?? "", request.Reason,
            cancellationToken)).ToHttp();

    private static async Task<Results<Ok<string>, NotFound, ProblemHttpResult>> UnassignAsync(string code,
        ClaimsPrincipal user, ScopedQueries scoped, CuratorCommands commands, CancellationToken cancellationToken) =>
        (await commands.UnassignAsync(await scoped.SupportActorAsync(user, cancellationToken), code, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<IReadOnlyList<CuratorPeriod>>, NotFound>> GetHistoryAsync(string code, ClaimsPrincipal user,
        ScopedQueries scoped, TargetListQueries queries, CancellationToken cancellationToken) =>
        await queries.CuratorHistoryAsync(await scoped.SupportActorAsync(user, cancellationToken), code, cancellationToken) is { } history
            ? TypedResults.Ok(history)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CuratorWorkspace>, NotFound, ProblemHttpResult>> GetWorkspaceAsync(ClaimsPrincipal user,
        ScopedQueries scoped, CuratorWorkspaceQueries queries, CancellationToken cancellationToken) =>
        (await queries.WorkspaceAsync(await scoped.SupportActorAsync(user, cancellationToken), cancellationToken)).ToHttp();
}
