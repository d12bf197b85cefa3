using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Schools;

namespace Orientir.Web.Schools;

/// <summary>A methodology version as the API shows it: the settings in their stored form, so that a GET can be edited and PUT back.</summary>
public sealed record MethodologyView(int Number, string Comment, string CreatedBy, DateTime CreatedAtUtc, JsonElement Settings)
{
    public static MethodologyView Of(Methodology methodology) =>
        new(methodology.Number, methodology.Comment, methodology.CreatedBy, methodology.CreatedAtUtc,
            JsonDocument.Parse(MethodologyJson.Write(methodology.Settings)).RootElement.Clone());
}

/// <summary>The body of <c>PUT /api/methodology</c>.</summary>
public sealed record MethodologyUpdate(string? Comment, JsonElement? Settings);

/// <summary>
/// The methodology of the school analytics: every signed-in user reads it (the lists say which version made them);
/// only <see cref="Orientir.Domain.Access.Roles.CanManageMethodology"/> roles save a new version.
/// </summary>
internal static class MethodologyApi
{
    public static IEndpointRouteBuilder MapMethodologyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/methodology").RequireAuthorization().WithTags("Schools");
        api.MapGet("", GetCurrentAsync).WithSummary("Действующая версия методики анализа школ");
        api.MapGet("/versions", GetHistoryAsync).WithSummary("Все версии методики, новые первыми");
        api.MapGet("/{number:int}", GetVersionAsync).WithSummary("Версия методики по номеру");
        api.MapPut("", SaveAsync).RequireAuthorization(SchoolAnalysisSetup.ManagePolicy)
            .WithSummary("Сохранить новую версию методики: {comment, settings} (администратор, региональный аналитик)");
        return app;
    }

    private static async Task<Ok<MethodologyView>> GetCurrentAsync(MethodologyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(MethodologyView.Of(await store.CurrentAsync(cancellationToken)));

    private static async Task<Ok<IReadOnlyList<MethodologyView>>> GetHistoryAsync(MethodologyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<MethodologyView>>((await store.HistoryAsync(cancellationToken)).Select(MethodologyView.Of).ToList());

    private static async Task<Results<Ok<MethodologyView>, NotFound>> GetVersionAsync(
        int number, MethodologyStore store, CancellationToken cancellationToken) =>
        await store.VersionAsync(number, cancellationToken) is { } version ? TypedResults.Ok(MethodologyView.Of(version)) : TypedResults.NotFound();

    private static async Task<Results<Ok<MethodologyView>, ProblemHttpResult>> SaveAsync(
        MethodologyUpdate update, ClaimsPrincipal user, MethodologyStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(update.Comment))
            return BadRequest("Укажите комментарий (comment): зачем нужна новая версия методики.");
        if (update.Settings is not { ValueKind: JsonValueKind.Object } settingsJson)
            return BadRequest("Передайте настройки методики (settings) объектом JSON — в том виде, в каком их возвращает GET /api/methodology.");
        if (!MethodologyJson.TryRead(settingsJson.GetRawText(), out var settings, out var error))
            return BadRequest($"Настройки методики не прочитаны ({error}).");
        if (MethodologyValidation.Problems(settings!) is { Count: > 0 } problems)
            return BadRequest("Недопустимые значения: " + string.Join("; ", problems));
        var saved = await store.SaveAsync(settings!, update.Comment, user.Identity?.Name ?? "?", cancellationToken);
        return TypedResults.Ok(MethodologyView.Of(saved));
    }

    private static ProblemHttpResult BadRequest(string message) =>
        TypedResults.Problem(title: message, statusCode: StatusCodes.Status400BadRequest);
}
