using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Staff.Dashboards;
using Orientir.Data.Staff.Measurements;
using Orientir.Domain.Audit;
using Orientir.Web.Access;

namespace Orientir.Web.Staff.Dashboards;

public sealed record RecomputeResult(int Changed);

/// <summary>Professional development: the summary, a school's teachers, a teacher's page and the export over HTTP.</summary>
internal static class DashboardsSetup
{
    public static IServiceCollection AddStaffDashboards(this IServiceCollection services)
    {
        services.AddScoped<StaffDashboardQueries>();
        // The measurements' own setup may register it too; one registration is enough.
        services.TryAddScoped<TeacherMeasurementUpdater>();
        return services;
    }

    public static IEndpointRouteBuilder MapStaffDashboardsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/summary", GetSummaryAsync).WithSummary("Сводка года по педагогам в области доступа: дефициты, маршруты, наставничество");
        api.MapGet("/schools/{code}/teachers", GetSchoolTeachersAsync).WithSummary("Педагоги школы: дефициты года, маршрут, наставничество");
        api.MapGet("/teachers/{code}", GetTeacherAsync).WithSummary("Страница педагога: профиль, дефициты с обоснованием, классы, диагностика");
        api.MapGet("/me", GetMeAsync).WithSummary("Моя страница педагога");
        api.MapPost("/measurements/recompute", RecomputeAsync).RequireAuthorization(StaffSetup.ManagePolicy)
            .WithSummary("Пересчитать дефициты педагогов по действующей методике (методист, администратор)");
        api.MapGet("/export", ExportAsync).WithSummary("Сводка года по педагогам (Excel)");
        return api;
    }

    private static async Task<Results<Ok<StaffSummary>, NotFound, ProblemHttpResult>> GetSummaryAsync(int? year, string? municipality,
        ClaimsPrincipal user, ScopedQueries scoped, StaffDashboardQueries queries, CancellationToken cancellationToken) =>
        (await queries.SummaryAsync(await scoped.StaffActorAsync(user, cancellationToken), year, municipality, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<SchoolTeachers>, NotFound, ProblemHttpResult>> GetSchoolTeachersAsync(string code, int? year,
        ClaimsPrincipal user, ScopedQueries scoped, StaffDashboardQueries queries, CancellationToken cancellationToken) =>
        (await queries.SchoolTeachersAsync(await scoped.StaffActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TeacherProfile>, NotFound, ProblemHttpResult>> GetTeacherAsync(string code,
        ClaimsPrincipal user, ScopedQueries scoped, StaffDashboardQueries queries, CancellationToken cancellationToken) =>
        (await queries.TeacherAsync(await scoped.StaffActorAsync(user, cancellationToken), code, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<TeacherProfile>, NotFound, ProblemHttpResult>> GetMeAsync(
        ClaimsPrincipal user, ScopedQueries scoped, StaffDashboardQueries queries, CancellationToken cancellationToken) =>
        (await queries.MeAsync(await scoped.StaffActorAsync(user, cancellationToken), cancellationToken)).ToHttp();

    private static async Task<Ok<RecomputeResult>> RecomputeAsync(ClaimsPrincipal user, TeacherMeasurementUpdater updater,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new RecomputeResult(await updater.UpdateAsync(user.Identity?.Name ?? "?", cancellationToken)));

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ExportAsync(int? year, string? municipality,
        ClaimsPrincipal user, ScopedQueries scoped, StaffDashboardQueries queries, OrientirDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var actor = await scoped.StaffActorAsync(user, cancellationToken);
        var result = await queries.SummaryAsync(actor, year, municipality, cancellationToken);
        if (!result.Succeeded)
            return result.Outcome == ScopedOutcome.NotFound
                ? TypedResults.NotFound()
                : TypedResults.Problem(title: "Действие недоступно", detail: result.Message, statusCode: StatusCodes.Status403Forbidden);
        var summary = result.Value!;
        var bytes = StaffExport.Workbook(summary);
        db.Audit.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.UserName, StaffExport.AuditAction,
            $"year={summary.Year} scope={summary.Kind} code={summary.Code ?? "-"} teachers={summary.Figures.Teachers}"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(bytes, StaffExport.ContentType, StaffExport.FileName(summary));
    }
}
