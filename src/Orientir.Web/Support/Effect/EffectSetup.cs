using Orientir.Data.Access;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Orientir.Data.Support.Effect;
using Orientir.Web.Access;

namespace Orientir.Web.Support.Effect;

/// <summary>The effect of support over HTTP, in the caller's scope: the programme of a year and one school's effect.</summary>
internal static class EffectSetup
{
    public static IServiceCollection AddSupportEffect(this IServiceCollection services) => services.AddScoped<SupportEffectQueries>();

    public static IEndpointRouteBuilder MapSupportEffectApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/effect", GetProgrammeAsync)
            .WithSummary("Эффект программы года (разность разностей со школами сравнения) по школам в вашей области доступа; год по умолчанию — последний утверждённый список");
        api.MapGet("/schools/{code}/effect", GetSchoolAsync)
            .WithSummary("Эффект поддержки школы по годам после года программы, школы сравнения и предложение о выводе из программы");
        return api;
    }

    private static async Task<Results<Ok<ProgrammeEffectView>, NotFound, ProblemHttpResult>> GetProgrammeAsync(
        [FromQuery] int? year, ClaimsPrincipal user, ScopedQueries scoped, SupportEffectQueries queries, CancellationToken cancellationToken) =>
        (await queries.ProgrammeAsync(await scoped.SupportActorAsync(user, cancellationToken), year, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<SchoolEffectView>, NotFound, ProblemHttpResult>> GetSchoolAsync(
        string code, [FromQuery] int? year, ClaimsPrincipal user, ScopedQueries scoped, SupportEffectQueries queries, CancellationToken cancellationToken) =>
        (await queries.SchoolAsync(await scoped.SupportActorAsync(user, cancellationToken), code, year, cancellationToken)).ToHttp();
}
