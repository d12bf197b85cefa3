using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Support;

namespace Orientir.Web.Support;

/// <summary>How a support command's outcome reads over HTTP: 200, 404 (also for out of scope), 403 or 400 with the message.</summary>
internal static class SupportHttp
{
    public static Results<Ok<T>, NotFound, ProblemHttpResult> ToHttp<T>(this SupportResult<T> result) => result.Outcome switch
    {
        SupportOutcome.Ok => TypedResults.Ok(result.Value!),
        SupportOutcome.NotFound => TypedResults.NotFound(),
        SupportOutcome.Forbidden => TypedResults.Problem(title: "Действие недоступно", detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        _ => TypedResults.Problem(title: "Данные не приняты", detail: result.Message, statusCode: StatusCodes.Status400BadRequest),
    };
}
