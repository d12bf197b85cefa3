using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Orientir.Data.Import;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Reports;
using Orientir.Web.Access;

namespace Orientir.Web.Reports.Rules;

/// <summary>What an editor may change in a rule; an absent field keeps its value.</summary>
public sealed record RuleChangeRequest(string? Template, double? Threshold, int? Limit, int? Priority, bool? Active);

/// <summary>A new rule; <see cref="Comparison"/> is <c>AtLeast</c>/<c>AtMost</c> (or <c>&gt;=</c>/<c>&lt;=</c>).</summary>
public sealed record RuleAddRequest(string? Code, string? Level, string? Fact, string? Comparison, double Threshold, int Limit, int Priority,
    string? Template, bool? Active);

/// <summary>
/// <c>/api/reports/rules</c>: everyone signed in reads the rules and the catalogue of facts; the administrator, the
/// regional analyst and the methodologist change, add and import them (<see cref="RuleEditor.CanEdit"/>).
/// </summary>
internal static class RecommendationRulesApi
{
    /// <summary>A rules file is a few kilobytes; 10 MB is room for any real one.</summary>
    public const long MaxUploadBytes = 10L * 1024 * 1024;

    public static RouteGroupBuilder MapRecommendationRules(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/rules");
        rules.MapGet("", GetAsync).WithSummary("Правила адресных рекомендаций");
        rules.MapGet("/facts", () => TypedResults.Ok(RecommendationFactKinds.All)).WithSummary("Факты, о которых могут говорить правила, и их слова");
        rules.MapGet("/export.csv", ExportAsync).WithSummary("Правила в CSV (тот же формат, что принимает загрузка)");
        rules.MapPut("/{code}", UpdateAsync).WithSummary("Изменить формулировку, порог, число, приоритет или действие правила (администратор, аналитик, методист)");
        rules.MapPost("", AddAsync).WithSummary("Добавить правило (администратор, аналитик, методист)");
        rules.MapPost("/import", ImportAsync).WithSummary("Загрузить правила из CSV (поле формы «file»; администратор, аналитик, методист)")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            // A script posts with a bearer token; the cookie is SameSite=Lax, so a cross-site form cannot post with it.
            .DisableAntiforgery();
        return api;
    }

    private static async Task<Ok<IReadOnlyList<RecommendationRuleRow>>> GetAsync(RecommendationRuleStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.AllAsync(cancellationToken));

    private static async Task<FileContentHttpResult> ExportAsync(RecommendationRuleStore store, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await store.ExportAsync(output, cancellationToken);
        return TypedResults.File(output.ToArray(), "text/csv; charset=utf-8", RecommendationRulesCsv.FileName);
    }

    private static async Task<Results<Ok<RecommendationRuleRow>, NotFound, ProblemHttpResult>> UpdateAsync(string code, RuleChangeRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RecommendationRuleCommands commands, CancellationToken cancellationToken) =>
        (await commands.UpdateAsync(await EditorAsync(user, scoped, cancellationToken), code,
            new RecommendationRuleChange(request.Template, request.Threshold, request.Limit, request.Priority, request.Active), cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RecommendationRuleRow>, NotFound, ProblemHttpResult>> AddAsync(RuleAddRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RecommendationRuleCommands commands, CancellationToken cancellationToken) =>
        (await commands.AddAsync(await EditorAsync(user, scoped, cancellationToken),
            new RecommendationRuleInput(request.Code ?? "", request.Level ?? "", request.Fact ?? "", request.Comparison ?? "", request.Threshold,
                request.Limit, request.Priority, request.Template ?? "", request.Active ?? true), cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CatalogueImportOutcome>, BadRequest<CatalogueImportOutcome>, ProblemHttpResult>> ImportAsync(
        IFormFile? file, ClaimsPrincipal user, ScopedQueries scoped, RecommendationRuleCommands commands, CancellationToken cancellationToken)
    {
        var editor = await EditorAsync(user, scoped, cancellationToken);
        if (!editor.CanEdit) return TypedResults.Problem(title: "Действие недоступно", detail: RuleEditor.NotEditor, statusCode: StatusCodes.Status403Forbidden);
        if (file is null || file.Length == 0)
            return TypedResults.Problem(title: "Данные не приняты", detail: "Файл: приложите CSV с правилами в поле формы «file».",
                statusCode: StatusCodes.Status400BadRequest);
        await using var stream = file.OpenReadStream();
        var result = await commands.ImportAsync(editor, stream, file.FileName, cancellationToken);
        if (!result.Succeeded) return TypedResults.Problem(title: "Действие недоступно", detail: result.Message, statusCode: StatusCodes.Status403Forbidden);
        return result.Value!.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.BadRequest(result.Value);
    }

    private static async Task<RuleEditor> EditorAsync(ClaimsPrincipal user, ScopedQueries scoped, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return new RuleEditor(actor.UserName, actor.Role);
    }
}
