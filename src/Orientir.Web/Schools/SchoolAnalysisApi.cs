using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Audit;
using Orientir.Web.Access;

namespace Orientir.Web.Schools;

/// <summary>A list of a run: the run it comes from and the scope's schools on it.</summary>
public sealed record SchoolListResponse(SchoolAnalysisRunInfo Run, string List, IReadOnlyList<SchoolAnalysisRow> Schools);

/// <summary>
/// The published school lists as JSON, in the user's scope: the runs, a list of a year, one school (404 when out of
/// scope, like one that does not exist), the markers, an Excel export; and for managers the publication of a year.
/// </summary>
internal static class SchoolAnalysisApi
{
    public static IEndpointRouteBuilder MapSchoolAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/schools/analysis").RequireAuthorization().WithTags("Schools");
        api.MapGet("/runs", GetRunsAsync).WithSummary("Действующие расчёты списков школ по годам");
        api.MapPost("/runs", PublishAsync).RequireAuthorization(SchoolAnalysisSetup.ManagePolicy)
            .WithSummary("Рассчитать и опубликовать списки школ за год (администратор, региональный аналитик)");
        api.MapGet("", GetListAsync).WithSummary("Список школ за год: low (ШНОР), unfavourable (ШНСУ), resilient, nonobjective, all");
        api.MapGet("/markers", GetMarkersAsync).WithSummary("Признаки необъективности по школам и процедурам за год");
        api.MapGet("/export.xlsx", ExportAsync).WithSummary("Список школ за год (Excel)");
        api.MapGet("/{code}", GetSchoolAsync).WithSummary("Анализ одной школы за год");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SchoolAnalysisRunInfo>>> GetRunsAsync(
        ClaimsPrincipal user, ScopedQueries scoped, CancellationToken cancellationToken) =>
        TypedResults.Ok(await (await scoped.SchoolListsForAsync(user, cancellationToken)).RunsAsync(cancellationToken));

    private static async Task<Results<Ok<SchoolListResponse>, NotFound, ProblemHttpResult>> GetListAsync(
        int? year, string? list, ClaimsPrincipal user, ScopedQueries scoped, CancellationToken cancellationToken)
    {
        if (!SchoolLists.TryParse(list, out var parsed)) return UnknownList(list);
        var queries = await scoped.SchoolListsForAsync(user, cancellationToken);
        if (await queries.RunAsync(year, cancellationToken) is not { } run) return TypedResults.NotFound();
        var rows = SchoolLists.Filter(await queries.RowsAsync(run.Id, cancellationToken), parsed);
        return TypedResults.Ok(new SchoolListResponse(run, SchoolLists.Name(parsed), rows));
    }

    private static async Task<Results<Ok<IReadOnlyList<MarkerRow>>, NotFound>> GetMarkersAsync(
        int? year, bool? raisedOnly, ClaimsPrincipal user, ScopedQueries scoped, CancellationToken cancellationToken)
    {
        var queries = await scoped.SchoolListsForAsync(user, cancellationToken);
        if (await queries.RunAsync(year, cancellationToken) is not { } run) return TypedResults.NotFound();
        return TypedResults.Ok(await queries.MarkersAsync(run.Id, raisedOnly ?? false, cancellationToken));
    }

    private static async Task<Results<Ok<SchoolAnalysisDetail>, NotFound>> GetSchoolAsync(
        string code, int? year, ClaimsPrincipal user, ScopedQueries scoped, CancellationToken cancellationToken) =>
        await (await scoped.SchoolListsForAsync(user, cancellationToken)).SchoolAsync(code, year, cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ExportAsync(
        int? year, string? list, ClaimsPrincipal user, ScopedQueries scoped, OrientirDbContext db, CancellationToken cancellationToken)
    {
        if (!SchoolLists.TryParse(list, out var parsed)) return UnknownList(list);
        var queries = await scoped.SchoolListsForAsync(user, cancellationToken);
        if (await queries.RunAsync(year, cancellationToken) is not { } run) return TypedResults.NotFound();
        var rows = SchoolLists.Filter(await queries.RowsAsync(run.Id, cancellationToken), parsed);
        var markers = parsed == SchoolList.NonObjective ? await queries.MarkersAsync(run.Id, cancellationToken: cancellationToken) : [];
        var bytes = SchoolAnalysisExport.Workbook(parsed, rows, markers);
        db.Audit.Add(new AuditEntry(DateTime.UtcNow, user.Identity?.Name ?? "?", SchoolAnalysisExport.AuditAction,
            $"year={run.Year} run={run.Id} list={SchoolLists.Name(parsed)} schools={rows.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(bytes, SchoolAnalysisExport.ContentType, $"schools-{run.Year}-{SchoolLists.Name(parsed)}.xlsx");
    }

    private static async Task<Results<Ok<SchoolAnalysisRunInfo>, ProblemHttpResult>> PublishAsync(
        int year, ClaimsPrincipal user, SchoolAnalysisPublisher publisher, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!await publisher.HasProceduresAsync(year, cancellationToken))
            return TypedResults.Problem(title: $"Нет результатов процедур за {year} год: списки не из чего рассчитать.", statusCode: StatusCodes.Status400BadRequest);
        try
        {
            return TypedResults.Ok(await publisher.PublishAsync(year, user.Identity?.Name ?? "?", null, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            loggers.CreateLogger("Orientir.Schools").LogError(exception, "Расчёт списков школ за {Year} не выполнен", year);
            return TypedResults.Problem(title: PublishFailure(year), statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    public static string PublishFailure(int year) =>
        $"Списки школ за {year} год не рассчитаны. Подробности записаны в журнал сервера; прежние списки остаются в силе.";

    private static ProblemHttpResult UnknownList(string? list) =>
        TypedResults.Problem(title: $"Неизвестный список «{list}». Допустимо: low, unfavourable, resilient, nonobjective, all.",
            statusCode: StatusCodes.Status400BadRequest);
}
