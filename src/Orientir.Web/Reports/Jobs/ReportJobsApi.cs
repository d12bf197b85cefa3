using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Orientir.Web.Reports.Jobs;

/// <summary>
/// <c>/api/reports</c>: a report is ordered (202 and the job), followed (the job's stage and percent) and fetched when
/// ready; the owner may cancel it. A job is its owner's alone: for anyone else it does not exist (404).
/// </summary>
internal static class ReportJobsApi
{
    public static RouteGroupBuilder MapReportJobsEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("", OrderAsync)
            .WithSummary("Заказать отчёт: level — school, municipality или region; code — код школы или муниципалитета; year; format — pdf, xlsx или html. Отчёт формируется в фоне");
        api.MapGet("/jobs", Mine).WithSummary("Мои заказанные отчёты, новые первыми");
        api.MapGet("/jobs/{id:guid}", Find).WithSummary("Заказанный отчёт: этап, процент готовности, состояние");
        api.MapGet("/jobs/{id:guid}/file", Download).WithSummary("Файл готового отчёта");
        api.MapDelete("/jobs/{id:guid}", CancelOrRemove).WithSummary("Отменить отчёт в очереди или в работе; готовый или прерванный — убрать из списка");
        return api;
    }

    private static async Task<Results<Accepted<ReportJobView>, ProblemHttpResult>> OrderAsync(ReportOrder order, ClaimsPrincipal user,
        ReportOrders orders, CancellationToken cancellationToken)
    {
        var outcome = await orders.SubmitAsync(user, order, cancellationToken);
        return outcome.Job is { } job
            ? TypedResults.Accepted($"/api/reports/jobs/{job.Id}", job)
            : TypedResults.Problem(title: outcome.Problem!.Title, detail: outcome.Problem.Detail, statusCode: outcome.Problem.Status);
    }

    private static Ok<IReadOnlyList<ReportJobView>> Mine(ClaimsPrincipal user, ReportJobs jobs) =>
        TypedResults.Ok(ReportOrders.OwnerOf(user) is { } owner ? jobs.Mine(owner) : []);

    private static Results<Ok<ReportJobView>, NotFound> Find(Guid id, ClaimsPrincipal user, ReportJobs jobs) =>
        ReportOrders.OwnerOf(user) is { } owner && jobs.Find(owner, id) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound();

    private static Results<FileContentHttpResult, NotFound, ProblemHttpResult> Download(Guid id, ClaimsPrincipal user, ReportJobs jobs)
    {
        if (ReportOrders.OwnerOf(user) is not { } owner) return TypedResults.NotFound();
        var (job, file) = jobs.File(owner, id);
        if (job is null) return TypedResults.NotFound();
        if (file is null)
            return TypedResults.Problem(title: "Файла нет",
                detail: job.IsActive ? "Отчёт ещё формируется." : job.Problem ?? "Отчёт не был сформирован.",
                statusCode: StatusCodes.Status409Conflict);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Results<Ok<ReportJobView>, NotFound> CancelOrRemove(Guid id, ClaimsPrincipal user, ReportJobs jobs) =>
        ReportOrders.OwnerOf(user) is { } owner && jobs.CancelOrRemove(owner, id) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound();
}
