using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Registry;
using Orientir.Web.Access;

namespace Orientir.Web.Registry;

/// <summary>The registry in the signed-in user's scope; an object outside it is 404, like one that does not exist.</summary>
internal static class RegistryApi
{
    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithTags("Registry");
        api.MapGet("/region", GetRegionAsync).WithSummary("Счётчики региона (в пределах доступа)");
        api.MapGet("/municipalities", GetMunicipalitiesAsync).WithSummary("Муниципалитеты с числом школ");
        api.MapGet("/municipalities/{code}", GetMunicipalityAsync).WithSummary("Муниципалитет и его школы");
        api.MapGet("/schools", SearchSchoolsAsync).WithSummary("Поиск школ по названию или коду");
        api.MapGet("/schools/{code}", GetSchoolAsync).WithSummary("Паспорт школы и её процедуры");
        return app;
    }

    private static async Task<Ok<RegionSummary>> GetRegionAsync(ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await (await queries.ForAsync(user, cancellationToken)).RegionAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<MunicipalityRow>>> GetMunicipalitiesAsync(
        ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await (await queries.ForAsync(user, cancellationToken)).MunicipalitiesAsync(cancellationToken));

    private static async Task<Results<Ok<MunicipalityDetail>, NotFound>> GetMunicipalityAsync(
        string code, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        await (await queries.ForAsync(user, cancellationToken)).MunicipalityAsync(code, cancellationToken) is { } municipality
            ? TypedResults.Ok(municipality)
            : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<SchoolRow>>> SearchSchoolsAsync(
        string? search, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await (await queries.ForAsync(user, cancellationToken)).SearchSchoolsAsync(search ?? "", cancellationToken: cancellationToken));

    private static async Task<Results<Ok<SchoolDetail>, NotFound>> GetSchoolAsync(
        string code, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        await (await queries.ForAsync(user, cancellationToken)).SchoolAsync(code, cancellationToken) is { } school
            ? TypedResults.Ok(school)
            : TypedResults.NotFound();
}
