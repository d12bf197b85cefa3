using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Orientir.Data.Import;
using Orientir.Data.Access;
using Orientir.Data.Staff.Catalogue;
using Orientir.Web.Access;
using Orientir.Web.Hosting;

namespace Orientir.Web.Staff.Catalogue;

/// <summary>A programme as the API takes it; <see cref="Format"/> is <c>in_person</c>, <c>blended</c> or <c>distance</c> (or the Russian word).</summary>
public sealed record ProgrammeRequest(string? Title, string? Provider, int Hours, string? Format, string? RegistryNumber, string? Targets, bool? Active);

public sealed record ProgrammeActiveRequest(bool Active);

public sealed record CompetenceRenameRequest(string? Name);

/// <summary><c>/api/staff</c> for the catalogue: everyone signed in reads; a methodologist or administrator changes.</summary>
internal static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/programmes", GetProgrammesAsync).WithSummary("Каталог ДПП: поиск по тексту и по коду компетенции или умения");
        api.MapPost("/programmes", AddAsync).WithSummary("Добавить программу (методист, администратор)");
        api.MapPut("/programmes/{id:int}", EditAsync).WithSummary("Изменить программу (методист, администратор)");
        api.MapPut("/programmes/{id:int}/active", SetActiveAsync).WithSummary("Вывести программу из каталога или вернуть (методист, администратор)");
        api.MapPost("/programmes/import", ImportAsync).WithSummary("Загрузить programmes.csv (поле формы «file»; методист, администратор)")
            .WithMetadata(new RequestSizeLimitAttribute(ApiSetup.MaxUploadBytes))
            // A script posts with a bearer token; the cookie is SameSite=Lax, so a cross-site form cannot post with it.
            .DisableAntiforgery();
        api.MapGet("/competences", GetCompetencesAsync).WithSummary("Компетенции и число программ каталога по каждой");
        api.MapPut("/competences/{code}", RenameAsync).WithSummary("Переименовать компетенцию (методист, администратор)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ProgrammeRow>>> GetProgrammesAsync(string? q, string? target, CatalogueQueries queries,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ProgrammesAsync(q, target, cancellationToken: cancellationToken));

    private static async Task<Ok<IReadOnlyList<CompetenceRow>>> GetCompetencesAsync(CatalogueQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.CompetencesAsync(cancellationToken));

    private static async Task<Results<Ok<ProgrammeRow>, NotFound, ProblemHttpResult>> AddAsync(ProgrammeRequest request, ClaimsPrincipal user,
        ScopedQueries scoped, CatalogueCommands commands, CancellationToken cancellationToken)
    {
        var actor = await scoped.StaffActorAsync(user, cancellationToken);
        if (Input(request) is not { } input) return Refused<ProgrammeRow>(actor.ManagesStaff);
        return (await commands.AddAsync(actor, input, cancellationToken)).ToHttp();
    }

    private static async Task<Results<Ok<ProgrammeRow>, NotFound, ProblemHttpResult>> EditAsync(int id, ProgrammeRequest request, ClaimsPrincipal user,
        ScopedQueries scoped, CatalogueCommands commands, CancellationToken cancellationToken)
    {
        var actor = await scoped.StaffActorAsync(user, cancellationToken);
        if (Input(request) is not { } input) return Refused<ProgrammeRow>(actor.ManagesStaff);
        return (await commands.EditAsync(actor, id, input, cancellationToken)).ToHttp();
    }

    private static async Task<Results<Ok<ProgrammeRow>, NotFound, ProblemHttpResult>> SetActiveAsync(int id, ProgrammeActiveRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, CatalogueCommands commands, CancellationToken cancellationToken) =>
        (await commands.SetActiveAsync(await scoped.StaffActorAsync(user, cancellationToken), id, request.Active, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CompetenceRow>, NotFound, ProblemHttpResult>> RenameAsync(string code, CompetenceRenameRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, CatalogueCommands commands, CancellationToken cancellationToken) =>
        (await commands.RenameCompetenceAsync(await scoped.StaffActorAsync(user, cancellationToken), code, request.Name ?? "", cancellationToken)).ToHttp();

    private static async Task<Results<Ok<CatalogueImportOutcome>, BadRequest<CatalogueImportOutcome>, ProblemHttpResult>> ImportAsync(
        IFormFile? file, ClaimsPrincipal user, ScopedQueries scoped, CatalogueCommands commands, CancellationToken cancellationToken)
    {
        var actor = await scoped.StaffActorAsync(user, cancellationToken);
        if (!actor.ManagesStaff) return TypedResults.Problem(title: "Действие недоступно", detail: ProgrammeRules.NotManager, statusCode: StatusCodes.Status403Forbidden);
        if (file is null || file.Length == 0)
            return TypedResults.Problem(title: "Данные не приняты", detail: "Файл: приложите programmes.csv в поле формы «file».", statusCode: StatusCodes.Status400BadRequest);
        await using var stream = file.OpenReadStream();
        var result = await commands.ImportAsync(actor, stream, file.FileName, cancellationToken);
        if (!result.Succeeded) return TypedResults.Problem(title: "Действие недоступно", detail: result.Message, statusCode: StatusCodes.Status403Forbidden);
        return result.Value!.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.BadRequest(result.Value);
    }

    private static ProgrammeInput? Input(ProgrammeRequest request) =>
        ProgrammeRules.ParseFormat(request.Format) is { } format
            ? new ProgrammeInput(request.Title ?? "", request.Provider ?? "", request.Hours, format, request.RegistryNumber, request.Targets ?? "", request.Active ?? true)
            : null;

    /// <summary>A request whose format is not one: a non-manager hears they may not change the catalogue first.</summary>
    private static Results<Ok<T>, NotFound, ProblemHttpResult> Refused<T>(bool manages) =>
        (manages
            ? ScopedResult<T>.Invalid("Форма обучения: in_person (очная), blended (очно-заочная) или distance (дистанционная).")
            : ScopedResult<T>.Forbidden(ProgrammeRules.NotManager)).ToHttp();
}
