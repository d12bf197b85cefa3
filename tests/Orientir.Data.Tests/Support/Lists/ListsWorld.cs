using Orientir.Data.Access;
using Orientir.Data.Support;
using Orientir.Data.Support.Lists;
using Orientir.Domain.Support;

namespace Orientir.Data.Tests.Support.Lists;

/// <summary>A clock the tests set: "today" of the workspace and the time stamped on changes.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The list and curator services over a <see cref="SupportWorld"/>, each on a fresh context as a request would be.</summary>
public static class ListsWorld
{
    /// <summary>15 November 2025: after the default entry stage of the 2025 list, before its interim stage.</summary>
    public static readonly DateTimeOffset Today = new(2025, 11, 15, 9, 0, 0, TimeSpan.Zero);

    public static TargetListCommands Lists(this SupportWorld world) => new(world.Database.CreateContext(), new FixedTime(Today));

    public static TargetListSchoolCommands Schools(this SupportWorld world) => new(world.Database.CreateContext(), new FixedTime(Today));

    public static CuratorCommands Curators(this SupportWorld world, TimeProvider? time = null) => new(world.Database.CreateContext(), time ?? new FixedTime(Today));

    public static CuratorWorkspaceQueries Workspace(this SupportWorld world) => new(world.Database.CreateContext(), new FixedTime(Today));

    public static TargetListQueries Queries(this SupportWorld world) => new(world.Database.CreateContext());

    public static T Value<T>(this ScopedResult<T> result)
    {
        Assert.True(result.Succeeded, $"{result.Outcome}: {result.Message}");
        return result.Value!;
    }

    /// <summary>The 2025 draft formed by the analyst and, when asked, approved.</summary>
    public static async Task<TargetListSaved> ListAsync(this SupportWorld world, bool approve = false)
    {
        var analyst = await world.ActorAsync(SupportWorld.Analyst);
        var list = (await world.Lists().CreateAsync(analyst, 2025)).Value();
        return approve ? (await world.Lists().ApproveAsync(analyst, list.Id)).Value() : list;
    }

    public static async Task<IReadOnlyList<string>> IncludedAsync(this SupportWorld world, string email, int listId) =>
        (await world.Queries().ListAsync(await world.ActorAsync(email), listId))!.Schools.Where(s => s.Included).Select(s => s.Code).ToList();

    public static TargetBasis BasisOf(this TargetListDetail detail, string code) => detail.Schools.Single(s => s.Code == code).Basis;
}
