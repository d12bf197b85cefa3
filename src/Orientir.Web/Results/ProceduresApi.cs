using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Registry;
using Orientir.Web.Access;

namespace Orientir.Web.Results;

/// <summary>Assessment procedures with their task design and the number of participants in the user's scope.</summary>
internal static class ProceduresApi
{
    public static IEndpointRouteBuilder MapProceduresApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/procedures").RequireAuthorization().WithTags("Procedures");
        api.MapGet("/", GetProceduresAsync).WithSummary("Оценочные процедуры");
        api.MapGet("/{code}", GetProcedureAsync).WithSummary("Процедура: задания, шкала отметок, участники");
        app.MapComparisonExport();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ProcedureRow>>> GetProceduresAsync(
        ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await (await queries.ForAsync(user, cancellationToken)).ProceduresAsync(cancellationToken));

    private static async Task<Results<Ok<ProcedureDetail>, NotFound>> GetProcedureAsync(
        string code, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        await (await queries.ForAsync(user, cancellationToken)).ProcedureAsync(code, cancellationToken) is { } procedure
            ? TypedResults.Ok(procedure)
            : TypedResults.NotFound();
}
