using Orientir.Data.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orientir.Data.Support;
using Orientir.Data.Support.Documents;
using Orientir.Web.Access;

namespace Orientir.Web.Support.Documents;

/// <summary>
/// School documents and their review over HTTP, under <c>/api/support</c>. Every handler resolves the signed-in user as
/// a support actor and lets the commands and queries apply the scope: 404 out of scope, 403 in scope but not theirs.
/// A change answers with the document as it now stands.
/// </summary>
internal static class DocumentsSetup
{
    public static IServiceCollection AddSupportDocuments(this IServiceCollection services)
    {
        services.AddScoped<SupportDocumentCommands>();
        services.AddScoped<DocumentReviewCommands>();
        services.AddScoped<DocumentProgressCommands>();
        services.AddScoped<SupportDocumentQueries>();
        services.TryAddScoped<SystemIndicators>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupportDocumentsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/schools/{code}/documents", ListAsync).WithSummary("Документы школы за год программы: статусы, мероприятия, показатели; приоритетные риски без антирисковой программы");
        api.MapPost("/schools/{code}/documents", CreateAsync).WithSummary("Создать документ (руководитель школы): Concept, MediumTermProgramme или AntiRiskProgramme с riskFactorCode");
        api.MapGet("/schools/{code}/system-indicators", SystemIndicatorsAsync).WithSummary("Системные показатели школы со значениями года программы (базовые значения)");
        api.MapGet("/schools/{code}/risk-students", RiskStudentsAsync).WithSummary("Коды участников школы с отметкой «2» в году программы — кандидаты в группу риска");
        api.MapGet("/documents/{id:int}", GetAsync).WithSummary("Документ целиком: мероприятия, показатели, обучающиеся группы риска, версии и решения куратора");
        api.MapPut("/documents/{id:int}", UpdateAsync).WithSummary("Сохранить содержание документа (руководитель школы)");
        api.MapPost("/documents/{id:int}/submit", SubmitAsync).WithSummary("Отправить документ куратору");
        api.MapPost("/documents/{id:int}/review", ReviewAsync).WithSummary("Решение куратора: Approved или Returned с комментарием");
        api.MapPut("/measures/{id:int}", MarkMeasureAsync).WithSummary("Отметить мероприятие выполненным или невыполненным (руководитель школы)");
        api.MapPut("/indicators/{id:int}", MeasureIndicatorAsync).WithSummary("Ввести измеренное значение несистемного показателя (руководитель школы)");
        return api;
    }

    private static async Task<Results<Ok<SchoolDocuments>, NotFound, ProblemHttpResult>> ListAsync(
        string code, int year, ClaimsPrincipal user, ScopedQueries scoped, SupportDocumentQueries queries, CancellationToken cancellationToken) =>
        (await queries.SchoolDocumentsAsync(await scoped.SupportActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DocumentDetail>, NotFound, ProblemHttpResult>> CreateAsync(
        string code, CreateDocumentInput input, ClaimsPrincipal user, ScopedQueries scoped, SupportDocumentCommands commands,
        SupportDocumentQueries queries, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        var created = await commands.CreateAsync(actor, code, input, cancellationToken);
        return created.Succeeded ? (await queries.DocumentAsync(actor, created.Value, cancellationToken)).ToHttp() : Failure<DocumentDetail, int>(created).ToHttp();
    }

    private static async Task<Results<Ok<IReadOnlyList<SystemIndicatorOption>>, NotFound, ProblemHttpResult>> SystemIndicatorsAsync(
        string code, int year, ClaimsPrincipal user, ScopedQueries scoped, SupportDocumentQueries queries, CancellationToken cancellationToken) =>
        (await queries.SystemIndicatorOptionsAsync(await scoped.SupportActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<IReadOnlyList<string>>, NotFound, ProblemHttpResult>> RiskStudentsAsync(
        string code, int year, ClaimsPrincipal user, ScopedQueries scoped, SupportDocumentQueries queries, CancellationToken cancellationToken) =>
        (await queries.StudentSuggestionsAsync(await scoped.SupportActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DocumentDetail>, NotFound, ProblemHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, ScopedQueries scoped, SupportDocumentQueries queries, CancellationToken cancellationToken) =>
        (await queries.DocumentAsync(await scoped.SupportActorAsync(user, cancellationToken), id, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DocumentDetail>, NotFound, ProblemHttpResult>> UpdateAsync(
        int id, DocumentInput input, ClaimsPrincipal user, ScopedQueries scoped, SupportDocumentCommands commands,
        SupportDocumentQueries queries, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return await ThenDocumentAsync(actor, id, await commands.UpdateAsync(actor, id, input, cancellationToken), queries, cancellationToken);
    }

    private static async Task<Results<Ok<DocumentDetail>, NotFound, ProblemHttpResult>> SubmitAsync(
        int id, ClaimsPrincipal user, ScopedQueries scoped, DocumentReviewCommands commands, SupportDocumentQueries queries, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return await ThenDocumentAsync(actor, id, await commands.SubmitAsync(actor, id, cancellationToken), queries, cancellationToken);
    }

    private static async Task<Results<Ok<DocumentDetail>, NotFound, ProblemHttpResult>> ReviewAsync(
        int id, ReviewInput input, ClaimsPrincipal user, ScopedQueries scoped, DocumentReviewCommands commands,
        SupportDocumentQueries queries, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        return await ThenDocumentAsync(actor, id, await commands.ReviewAsync(actor, id, input, cancellationToken), queries, cancellationToken);
    }

    private static async Task<Results<Ok<Domain.Support.MeasureStatus>, NotFound, ProblemHttpResult>> MarkMeasureAsync(
        int id, MeasureProgressInput input, ClaimsPrincipal user, ScopedQueries scoped, DocumentProgressCommands commands, CancellationToken cancellationToken) =>
        (await commands.MarkMeasureAsync(await scoped.SupportActorAsync(user, cancellationToken), id, input, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<double?>, NotFound, ProblemHttpResult>> MeasureIndicatorAsync(
        int id, IndicatorMeasureInput input, ClaimsPrincipal user, ScopedQueries scoped, DocumentProgressCommands commands, CancellationToken cancellationToken) =>
        (await commands.MeasureIndicatorAsync(await scoped.SupportActorAsync(user, cancellationToken), id, input, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<DocumentDetail>, NotFound, ProblemHttpResult>> ThenDocumentAsync(
        SupportActor actor, int id, ScopedResult<int> change, SupportDocumentQueries queries, CancellationToken cancellationToken) =>
        change.Succeeded ? (await queries.DocumentAsync(actor, id, cancellationToken)).ToHttp() : Failure<DocumentDetail, int>(change).ToHttp();

    private static ScopedResult<TOut> Failure<TOut, TIn>(ScopedResult<TIn> failed) => new(failed.Outcome, default, failed.Message);
}
