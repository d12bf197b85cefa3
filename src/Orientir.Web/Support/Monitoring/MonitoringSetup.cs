using Orientir.Data.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Database;
using Orientir.Data.Support.Monitoring;
using Orientir.Domain.Audit;
using Orientir.Web.Access;

namespace Orientir.Web.Support.Monitoring;

public sealed record NotificationsResponse(int Unread, IReadOnlyList<NotificationView> Items);

public sealed record MarkedRead(int Marked);

/// <summary>Monitoring of targeted support: the daily job, the progress views and their export, the in-app notifications.</summary>
internal static class MonitoringSetup
{
    public static IServiceCollection AddSupportMonitoring(this IServiceCollection services)
    {
        services.AddScoped<SupportProgressQueries>();
        services.AddScoped<SchoolMonitoringQueries>();
        services.AddScoped<SupportNotifications>();
        services.AddScoped<NotificationsState>();
        services.AddSingleton<MonitoringRunner>();
        services.AddHostedService<MonitoringJobService>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupportMonitoringApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/progress", GetProgressAsync).WithSummary("Ход программы целевых школ года в области доступа: школы, итоги, муниципалитеты");
        api.MapGet("/progress/export.xlsx", ExportAsync).WithSummary("Ход программы целевых школ года (Excel: школы и муниципалитеты)");
        api.MapGet("/municipalities/{code}/programme", GetMunicipalProgrammeAsync).WithSummary("Муниципальная программа поддержки: целевые школы муниципалитета");
        api.MapGet("/schools/{code}/monitoring", GetSchoolMonitoringAsync).WithSummary("Мониторинг школы: этапы, мероприятия, показатели");
        api.MapPost("/monitoring/run", RunAsync).RequireAuthorization(SupportSetup.ManagePolicy)
            .WithSummary("Проверить сроки сейчас: просроченные мероприятия, уведомления, срезы этапов (администратор, региональный аналитик)");
        api.MapGet("/notifications", GetNotificationsAsync).WithSummary("Мои уведомления, новые сверху");
        api.MapPost("/notifications/{id:long}/read", MarkReadAsync).WithSummary("Отметить уведомление прочитанным");
        api.MapPost("/notifications/read-all", MarkAllReadAsync).WithSummary("Отметить все мои уведомления прочитанными");
        return api;
    }

    private static async Task<Results<Ok<SupportProgress>, NotFound>> GetProgressAsync(int? year, ClaimsPrincipal user,
        ScopedQueries scoped, SupportProgressQueries queries, CancellationToken cancellationToken) =>
        await queries.ProgressAsync(await scoped.SupportActorAsync(user, cancellationToken), year, cancellationToken) is { } progress
            ? TypedResults.Ok(progress)
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(int? year, ClaimsPrincipal user,
        ScopedQueries scoped, SupportProgressQueries queries, OrientirDbContext db, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        if (await queries.ProgressAsync(actor, year, cancellationToken) is not { } progress) return TypedResults.NotFound();
        var bytes = ProgressExport.Workbook(progress);
        db.Audit.Add(new AuditEntry(DateTime.UtcNow, actor.UserName, ProgressExport.AuditAction,
            $"year={progress.Year} schools={progress.Schools.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(bytes, ProgressExport.ContentType, $"support-progress-{progress.Year}.xlsx");
    }

    private static async Task<Results<Ok<MunicipalProgramme>, NotFound, ProblemHttpResult>> GetMunicipalProgrammeAsync(string code, int? year,
        ClaimsPrincipal user, ScopedQueries scoped, SupportProgressQueries queries, CancellationToken cancellationToken) =>
        (await queries.MunicipalProgrammeAsync(await scoped.SupportActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<SchoolMonitoring>, NotFound, ProblemHttpResult>> GetSchoolMonitoringAsync(string code, int? year,
        ClaimsPrincipal user, ScopedQueries scoped, SchoolMonitoringQueries queries, CancellationToken cancellationToken) =>
        (await queries.MonitoringAsync(await scoped.SupportActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();

    private static async Task<Ok<MonitoringRunResult>> RunAsync(ClaimsPrincipal user, MonitoringRunner runner, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runner.RunAsync(user.Identity?.Name ?? "?", cancellationToken));

    private static async Task<Ok<NotificationsResponse>> GetNotificationsAsync(ClaimsPrincipal user, ScopedQueries scoped,
        SupportNotifications notifications, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return TypedResults.Ok(new NotificationsResponse(await notifications.UnreadCountAsync(actor, cancellationToken),
            await notifications.ListAsync(actor, cancellationToken: cancellationToken)));
    }

    private static async Task<Results<Ok<NotificationView>, NotFound, ProblemHttpResult>> MarkReadAsync(long id, ClaimsPrincipal user,
        ScopedQueries scoped, SupportNotifications notifications, CancellationToken cancellationToken) =>
        (await notifications.MarkReadAsync(await scoped.SupportActorAsync(user, cancellationToken), id, cancellationToken)).ToHttp();

    private static async Task<Ok<MarkedRead>> MarkAllReadAsync(ClaimsPrincipal user, ScopedQueries scoped,
        SupportNotifications notifications, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedRead(await notifications.MarkAllReadAsync(await scoped.SupportActorAsync(user, cancellationToken), cancellationToken)));
}
