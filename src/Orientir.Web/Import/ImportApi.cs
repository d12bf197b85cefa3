using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Orientir.Data.Import;
using Orientir.Web.Access;
using Orientir.Web.Hosting;
using Orientir.Web.Import.Subjects;

namespace Orientir.Web.Import;

/// <summary>
/// <c>POST /api/imports</c>: a zipped data package or a real export (.xlsx, .csv: docs/adapters), for the roles that may
/// import; 422 with every error (file, sheet, row, column) when it is refused.
/// </summary>
internal static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapSubjectSynonymsApi();
        app.MapPost("/api/imports", ImportAsync)
            .RequireAuthorization(AuthSetup.ImportPolicy)
            .WithTags("Import")
            .WithSummary("Загрузить пакет данных (zip) или выгрузку (xlsx, csv: ФИС ОКО, РЦОИ)")
            .WithMetadata(new RequestSizeLimitAttribute(ApiSetup.MaxUploadBytes))
            // A script posts with a bearer token; the cookie is SameSite=Lax, so a cross-site form cannot post with it.
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<ImportOutcome>, UnprocessableEntity<ImportOutcome>, ProblemHttpResult>> ImportAsync(
        IFormFile? file, ClaimsPrincipal user, PackageUpload upload, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return TypedResults.Problem(title: "Приложите в поле формы «file» пакет данных (zip-архив) или выгрузку (xlsx, csv).", statusCode: StatusCodes.Status400BadRequest);
        await using var stream = file.OpenReadStream();
        var outcome = await upload.ImportAsync(stream, file.FileName, user.Identity?.Name ?? "?", cancellationToken: cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(outcome) : TypedResults.UnprocessableEntity(outcome);
    }
}
