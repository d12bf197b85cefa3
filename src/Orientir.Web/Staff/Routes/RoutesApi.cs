using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Staff.Routes;
using Orientir.Domain.Staff;
using Orientir.Web.Access;

namespace Orientir.Web.Staff.Routes;

public sealed record ProposeRouteRequest(int? Year);

public sealed record ReplaceStepsRequest(IReadOnlyList<RouteStepInput>? Steps);

public sealed record StepDoneRequest(string? Evidence);

/// <summary>
/// <c>/api/staff</c>: a teacher's routes and a proposal for them, every route in scope, and the route's life — the steps
/// replaced and the route approved by a methodologist, a step marked done by the teacher.
/// </summary>
internal static class RoutesApi
{
    public static IEndpointRouteBuilder MapRoutesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/teachers/{code}/routes", GetTeacherRoutesAsync).WithSummary("Индивидуальные маршруты педагога с дефицитами, шагами и повторным измерением");
        api.MapPost("/teachers/{code}/routes", ProposeAsync).WithSummary("Сформировать предложение маршрута по дефицитам педагога");
        api.MapGet("/routes", GetRoutesAsync).WithSummary("Маршруты в области доступа (status — Proposed, Approved или Completed)");
        api.MapPut("/routes/{id:int}/steps", ReplaceStepsAsync).WithSummary("Заменить шаги маршрута (методист)");
        api.MapPost("/routes/{id:int}/approve", ApproveAsync).WithSummary("Утвердить маршрут (методист)");
        api.MapPost("/routes/{id:int}/steps/{stepId:long}/done", StepDoneAsync).WithSummary("Отметить шаг выполненным с подтверждением");
        return api;
    }

    private static async Task<Results<Ok<TeacherRoutes>, NotFound>> GetTeacherRoutesAsync(string code, ClaimsPrincipal user, ScopedQueries scoped,
        RouteQueries queries, CancellationToken cancellationToken) =>
        await queries.TeacherRoutesAsync(await scoped.StaffActorAsync(user, cancellationToken), code, cancellationToken) is { } routes
            ? TypedResults.Ok(routes)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<RouteListRow>>, ProblemHttpResult>> GetRoutesAsync(string? status, ClaimsPrincipal user,
        ScopedQueries scoped, RouteQueries queries, CancellationToken cancellationToken)
    {
        RouteStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<RouteStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return TypedResults.Problem(title: "Данные не приняты", detail: "Статус: Proposed, Approved или Completed.",
                    statusCode: StatusCodes.Status400BadRequest);
            wanted = parsed;
        }
        return TypedResults.Ok(await queries.RoutesAsync(await scoped.StaffActorAsync(user, cancellationToken), wanted, cancellationToken));
    }

    private static async Task<Results<Ok<RouteSaved>, NotFound, ProblemHttpResult>> ProposeAsync(string code, ProposeRouteRequest? request,
        ClaimsPrincipal user, ScopedQueries scoped, RouteCommands commands, CancellationToken cancellationToken) =>
        (await commands.ProposeAsync(await scoped.StaffActorAsync(user, cancellationToken), code, request?.Year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RouteSaved>, NotFound, ProblemHttpResult>> ReplaceStepsAsync(int id, ReplaceStepsRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RouteStepCommands commands, CancellationToken cancellationToken) =>
        (await commands.ReplaceAsync(await scoped.StaffActorAsync(user, cancellationToken), id, request.Steps ?? [], cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RouteSaved>, NotFound, ProblemHttpResult>> ApproveAsync(int id, ClaimsPrincipal user, ScopedQueries scoped,
        RouteCommands commands, CancellationToken cancellationToken) =>
        (await commands.ApproveAsync(await scoped.StaffActorAsync(user, cancellationToken), id, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RouteSaved>, NotFound, ProblemHttpResult>> StepDoneAsync(int id, long stepId, StepDoneRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RouteCommands commands, CancellationToken cancellationToken) =>
        (await commands.MarkStepDoneAsync(await scoped.StaffActorAsync(user, cancellationToken), id, stepId, request.Evidence, cancellationToken)).ToHttp();
}
