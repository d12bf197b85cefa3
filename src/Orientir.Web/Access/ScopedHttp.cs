using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Access;

namespace Orientir.Web.Access;

/// <summary>How a scoped command's outcome reads over HTTP: 200, 404 (also for out of scope), 403 or 400 with the message.</summary>
internal static class ScopedHttp
{
    public static Results<Ok<T>, NotFound, ProblemHttpResult> ToHttp<T>(this ScopedResult<T> result) => result.Outcome switch
    {
        ScopedOutcome.Ok => TypedResults.Ok(result.Value!),
        ScopedOutcome.NotFound => TypedResults.NotFound(),
        ScopedOutcome.Forbidden => TypedResults.Problem(title: "Действие недоступно", detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        _ => TypedResults.Problem(title: "Данные не приняты", detail: result.Message, statusCode: StatusCodes.Status400BadRequest),
    };
}
