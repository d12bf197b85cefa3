using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Orientir.Data.Import;
using Orientir.Data.Results.Subjects;
using Orientir.Web.Access;

namespace Orientir.Web.Import.Subjects;

/// <summary>The subject code a name of an export means.</summary>
public sealed record SynonymRequest(string? Subject);

/// <summary>
/// <c>/api/subjects/synonyms</c>: the subject names the export adapters understand. Everyone signed in reads them; the
/// administrator, the regional analyst and the methodologist set, delete and import them (<see cref="SynonymEditor.CanEdit"/>).
/// </summary>
internal static class SubjectSynonymsApi
{
    /// <summary>A synonym file is a few kilobytes; 10 MB is room for any real one.</summary>
    public const long MaxUploadBytes = 10L * 1024 * 1024;

    public static IEndpointRouteBuilder MapSubjectSynonymsApi(this IEndpointRouteBuilder app)
    {
        var synonyms = app.MapGroup("/api/subjects/synonyms").RequireAuthorization().WithTags("Subjects");
        synonyms.MapGet("", GetAsync).WithSummary("Названия предметов в выгрузках и их коды");
        synonyms.MapGet("/export.csv", ExportAsync).WithSummary("Названия предметов в CSV (name;subject — тот же формат, что принимает загрузка)");
        synonyms.MapPut("/{name}", SetAsync).WithSummary("Добавить название или изменить его код предмета (администратор, аналитик, методист)");
        synonyms.MapDelete("/{name}", DeleteAsync).WithSummary("Удалить название (администратор, аналитик, методист)");
        synonyms.MapPost("", ImportAsync).WithSummary("Загрузить названия из CSV (поле формы «file»; всё или ничего; администратор, аналитик, методист)")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            // A script posts with a bearer token; the cookie is SameSite=Lax, so a cross-site form cannot post with it.
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SubjectSynonymRow>>> GetAsync(SubjectSynonymStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.AllAsync(cancellationToken));

    private static async Task<FileContentHttpResult> ExportAsync(SubjectSynonymStore store, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await store.ExportAsync(output, cancellationToken);
        return TypedResults.File(output.ToArray(), "text/csv; charset=utf-8", SubjectSynonymsCsv.FileName);
    }

    private static async Task<Results<Ok<SubjectSynonymRow>, NotFound, ProblemHttpResult>> SetAsync(string name, SynonymRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, SubjectSynonymCommands commands, CancellationToken cancellationToken) =>
        (await commands.SetAsync(await EditorAsync(user, scoped, cancellationToken), name, request.Subject ?? "", cancellationToken)).ToHttp();

    private static async Task<Results<Ok<SubjectSynonymRow>, NotFound, ProblemHttpResult>> DeleteAsync(string name,
        ClaimsPrincipal user, ScopedQueries scoped, SubjectSynonymCommands commands, CancellationToken cancellationToken) =>
        (await commands.DeleteAsync(await EditorAsync(user, scoped, cancellationToken), name, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CatalogueImportOutcome>, BadRequest<CatalogueImportOutcome>, ProblemHttpResult>> ImportAsync(
        IFormFile? file, ClaimsPrincipal user, ScopedQueries scoped, SubjectSynonymCommands commands, CancellationToken cancellationToken)
    {
        var editor = await EditorAsync(user, scoped, cancellationToken);
        if (!editor.CanEdit)
            return TypedResults.Problem(title: "Действие недоступно", detail: SynonymEditor.NotEditor, statusCode: StatusCodes.Status403Forbidden);
        if (file is null || file.Length == 0)
            return TypedResults.Problem(title: "Данные не приняты", detail: "Файл: приложите CSV (name;subject) в поле формы «file».",
                statusCode: StatusCodes.Status400BadRequest);
        await using var stream = file.OpenReadStream();
        var result = await commands.ImportAsync(editor, stream, file.FileName, cancellationToken);
        if (!result.Succeeded) return TypedResults.Problem(title: "Действие недоступно", detail: result.Message, statusCode: StatusCodes.Status403Forbidden);
        return result.Value!.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.BadRequest(result.Value);
    }

    private static async Task<SynonymEditor> EditorAsync(ClaimsPrincipal user, ScopedQueries scoped, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return new SynonymEditor(actor.UserName, actor.Role);
    }
}
