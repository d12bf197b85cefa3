using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Orientir.Data.Results;
using Orientir.Web.Access;

namespace Orientir.Web.Results;

/// <summary>
/// The indicators of docs/methodology.md §3 as JSON: the region (a baseline every user may see), a municipality or
/// a school in the user's scope (404 otherwise, like one that does not exist), and the dynamics of a group.
/// </summary>
internal static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/indicators").RequireAuthorization().WithTags("Indicators");
        api.MapGet("/region/{procedureCode}", GetRegionAsync).WithSummary("Показатели региона по процедуре");
        api.MapGet("/municipalities/{code}/{procedureCode}", GetMunicipalityAsync).WithSummary("Показатели муниципалитета по процедуре");
        api.MapGet("/schools/{code}/{procedureCode}", GetSchoolAsync).WithSummary("Показатели школы по процедуре");
        api.MapGet("/dynamics/{level}/{code?}", GetDynamicsAsync).WithSummary("Динамика доли «2» по годам (region, municipality, school)");
        return app;
    }

    private static async Task<Results<Ok<LevelIndicators>, NotFound>> GetRegionAsync(
        string procedureCode, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        await SetAsync(procedureCode, user, queries, cancellationToken) is { } set
            ? TypedResults.Ok(set.Region)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<LevelIndicators>, NotFound>> GetMunicipalityAsync(
        string code, string procedureCode, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        (await SetAsync(procedureCode, user, queries, cancellationToken))?.Municipalities.FirstOrDefault(m => m.Code == code) is { } row
            ? TypedResults.Ok(row)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<LevelIndicators>, NotFound>> GetSchoolAsync(
        string code, string procedureCode, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        (await SetAsync(procedureCode, user, queries, cancellationToken))?.Schools.FirstOrDefault(s => s.Code == code) is { } row
            ? TypedResults.Ok(row)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<DynamicsSeries>>, NotFound>> GetDynamicsAsync(
        string level, string? code, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<IndicatorLevel>(level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
            || (parsed != IndicatorLevel.Region && code is null))
            return TypedResults.NotFound();
        var indicators = await queries.IndicatorsForAsync(user, cancellationToken);
        return await indicators.DynamicsAsync(parsed, code, cancellationToken) is { } series
            ? TypedResults.Ok(series)
            : TypedResults.NotFound();
    }

    private static async Task<ProcedureIndicatorSet?> SetAsync(
        string procedureCode, ClaimsPrincipal user, ScopedQueries queries, CancellationToken cancellationToken) =>
        await (await queries.IndicatorsForAsync(user, cancellationToken)).ProcedureAsync(procedureCode, cancellationToken);
}
