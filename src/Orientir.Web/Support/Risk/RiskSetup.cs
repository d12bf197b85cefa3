using Orientir.Data.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Support;
using Orientir.Data.Support.Indicators;
using Orientir.Data.Support.Risk;
using Orientir.Web.Access;

namespace Orientir.Web.Support.Risk;

/// <summary>The body of PUT …/risk-profile/answers.</summary>
public sealed record RiskAnswersRequest(int Year, IReadOnlyList<RiskAnswerInput> Answers);

/// <summary>The body of PUT …/risk-profile/priorities: the factor codes chosen as priority risks.</summary>
public sealed record RiskPrioritiesRequest(int Year, IReadOnlyList<string> Factors);

/// <summary>The body of POST …/risk-profile/refresh and …/submit.</summary>
public sealed record RiskYearRequest(int Year);

/// <summary>How many system indicators an update changed.</summary>
public sealed record IndicatorUpdateResult(int Changed);

internal static class RiskSetup
{
    public static IServiceCollection AddSupportRisk(this IServiceCollection services) => services
        .AddScoped<RiskProfileQueries>()
        .AddScoped<RiskProfileCommands>()
        .AddScoped<SystemIndicatorUpdater>();

    public static IEndpointRouteBuilder MapSupportRiskApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/risk-factors", FactorsAsync).WithSummary("Факторы риска и вопросы анкеты самооценки");
        api.MapGet("/schools/{code}/risk-profile", GetAsync).WithSummary("Рисковый профиль школы за год программы");
        api.MapPut("/schools/{code}/risk-profile/answers", AnswersAsync).WithSummary("Сохранить ответы анкеты (руководитель школы)");
        api.MapPost("/schools/{code}/risk-profile/refresh", RefreshAsync).WithSummary("Пересчитать уровни по данным (руководитель школы)");
        api.MapPut("/schools/{code}/risk-profile/priorities", PrioritiesAsync).WithSummary("Выбрать приоритетные риски (руководитель школы)");
        api.MapPost("/schools/{code}/risk-profile/submit", SubmitAsync).WithSummary("Подтвердить рисковый профиль (руководитель школы)");
        api.MapPost("/indicators/update", UpdateIndicatorsAsync).RequireAuthorization(SupportSetup.ManagePolicy)
            .WithSummary("Обновить измеренные значения системных показателей программ");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<RiskFactorView>>> FactorsAsync(RiskProfileQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.FactorsAsync(cancellationToken));

    /// <summary>Without <paramref name="year"/>: the programme year the school page shows, else the current year.</summary>
    private static async Task<Results<Ok<RiskProfileView>, NotFound, ProblemHttpResult>> GetAsync(string code, int? year, ClaimsPrincipal user,
        ScopedQueries scoped, SupportSchoolQueries schools, RiskProfileQueries queries, TimeProvider time, CancellationToken cancellationToken)
    {
        var actor = await scoped.SupportActorAsync(user, cancellationToken);
        var shown = year ?? (await schools.HeaderAsync(actor, code, null, cancellationToken))?.Year ?? time.GetLocalNow().Year;
        return (await queries.GetAsync(actor, code, shown, cancellationToken)).ToHttp();
    }

    private static async Task<Results<Ok<RiskProfileView>, NotFound, ProblemHttpResult>> AnswersAsync(string code, RiskAnswersRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RiskProfileCommands commands, CancellationToken cancellationToken) =>
        (await commands.SaveAnswersAsync(await scoped.SupportActorAsync(user, cancellationToken), code, request.Year, request.Answers ?? [], cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RiskProfileView>, NotFound, ProblemHttpResult>> RefreshAsync(string code, RiskYearRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RiskProfileCommands commands, CancellationToken cancellationToken) =>
        (await commands.RefreshAsync(await scoped.SupportActorAsync(user, cancellationToken), code, request.Year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RiskProfileView>, NotFound, ProblemHttpResult>> PrioritiesAsync(string code, RiskPrioritiesRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RiskProfileCommands commands, CancellationToken cancellationToken) =>
        (await commands.SetPrioritiesAsync(await scoped.SupportActorAsync(user, cancellationToken), code, request.Year, request.Factors ?? [], cancellationToken)).ToHttp();

    private static async Task<Results<Ok<RiskProfileView>, NotFound, ProblemHttpResult>> SubmitAsync(string code, RiskYearRequest request,
        ClaimsPrincipal user, ScopedQueries scoped, RiskProfileCommands commands, CancellationToken cancellationToken) =>
        (await commands.SubmitAsync(await scoped.SupportActorAsync(user, cancellationToken), code, request.Year, cancellationToken)).ToHttp();

    private static async Task<Ok<IndicatorUpdateResult>> UpdateIndicatorsAsync(ClaimsPrincipal user, SystemIndicatorUpdater updater, CancellationToken cancellationToken) =>
        TypedResults.Ok(new IndicatorUpdateResult(await updater.UpdateAsync(user.Identity?.Name ?? "system", cancellationToken)));
}
