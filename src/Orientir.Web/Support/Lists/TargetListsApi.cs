using Orientir.Data.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Support.Lists;
using Orientir.Web.Access;

namespace Orientir.Web.Support.Lists;

public sealed record CreateTargetListRequest(int Year);

public sealed record AddListSchoolRequest(string Code, string? Reason);

public sealed record ReasonRequest(string? Reason);

public sealed record StageDatesRequest(DateOnly Entry, DateOnly Interim, DateOnly Final);

/// <summary>
/// <c>/api/support/lists</c>: the years and revisions, one revision with its schools and history (all in the caller's
/// scope), and for managers forming, editing, dating and approving a revision.
/// </summary>
internal static class TargetListsApi
{
    public static IEndpointRouteBuilder MapTargetListsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/lists", GetYearsAsync).WithSummary("Списки школ адресной поддержки: годы и редакции");
        api.MapPost("/lists", CreateAsync).WithSummary("Сформировать черновик списка года из опубликованных списков ШНОР и ШНСУ");
        api.MapGet("/lists/{id:int}", GetListAsync).WithSummary("Редакция списка со школами в области доступа");
        api.MapGet("/lists/{id:int}/changes", GetChangesAsync).WithSummary("История изменений редакции списка");
        api.MapPost("/lists/{id:int}/schools", AddSchoolAsync).WithSummary("Включить школу в черновик (с причиной)");
        api.MapPost("/lists/{id:int}/schools/{code}/remove", RemoveSchoolAsync).WithSummary("Исключить школу из черновика (с причиной)");
        api.MapPost("/lists/{id:int}/schools/{code}/restore", RestoreSchoolAsync).WithSummary("Вернуть исключённую школу в черновик");
        api.MapPut("/lists/{id:int}/stages", SetStagesAsync).WithSummary("Даты входного, промежуточного и итогового этапов");
        api.MapPost("/lists/{id:int}/approve", ApproveAsync).WithSummary("Утвердить редакцию списка");
        api.MapPost("/lists/{id:int}/revisions", NewRevisionAsync).WithSummary("Новая редакция года из последней утверждённой");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<TargetListYear>>> GetYearsAsync(ClaimsPrincipal user, ScopedQueries scoped,
        TargetListQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.YearsAsync(await scoped.SupportActorAsync(user, cancellationToken), cancellationToken));

    private static async Task<Results<Ok<TargetListDetail>, NotFound>> GetListAsync(int id, ClaimsPrincipal user, ScopedQueries scoped,
        TargetListQueries queries, CancellationToken cancellationToken) =>
        await queries.ListAsync(await scoped.SupportActorAsync(user, cancellationToken), id, cancellationToken) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<TargetListChangeRow>>, NotFound>> GetChangesAsync(int id, ClaimsPrincipal user,
        ScopedQueries scoped, TargetListQueries queries, CancellationToken cancellationToken) =>
        await queries.ChangesAsync(await scoped.SupportActorAsync(user, cancellationToken), id, cancellationToken) is { } changes
            ? TypedResults.Ok(changes)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> CreateAsync(CreateTargetListRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListCommands commands, CancellationToken cancellationToken) =>
        (await commands.CreateAsync(await scoped.SupportActorAsync(user, cancellationToken), request.Year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> AddSchoolAsync(int id, AddListSchoolRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListSchoolCommands commands, CancellationToken cancellationToken) =>
        (await commands.AddAsync(await scoped.SupportActorAsync(user, cancellationToken), id, request.Code ?? "", request.Reason, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> RemoveSchoolAsync(int id, string code, ReasonRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListSchoolCommands commands, CancellationToken cancellationToken) =>
        (await commands.RemoveAsync(await scoped.SupportActorAsync(user, cancellationToken), id, code, request.Reason, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> RestoreSchoolAsync(int id, string code,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListSchoolCommands commands, CancellationToken cancellationToken) =>
        (await commands.RestoreAsync(await scoped.SupportActorAsync(user, cancellationToken), id, code, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> SetStagesAsync(int id, StageDatesRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListCommands commands, CancellationToken cancellationToken) =>
        (await commands.SetStagesAsync(await scoped.SupportActorAsync(user, cancellationToken), id, request.Entry, request.Interim, request.Final,
            cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> ApproveAsync(int id,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListCommands commands, CancellationToken cancellationToken) =>
        (await commands.ApproveAsync(await scoped.SupportActorAsync(user, cancellationToken), id, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TargetListSaved>, NotFound, ProblemHttpResult>> NewRevisionAsync(int id,
        ClaimsPrincipal user, ScopedQueries scoped, TargetListCommands commands, CancellationToken cancellationToken) =>
        (await commands.NewRevisionAsync(await scoped.SupportActorAsync(user, cancellationToken), id, cancellationToken)).ToHttp();
}
