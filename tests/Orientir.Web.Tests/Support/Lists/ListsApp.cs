using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Lists;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;
using Orientir.Web.Tests.Schools;

namespace Orientir.Web.Tests.Support.Lists;

/// <summary>
/// An app of its own with <see cref="AnalysisRun"/> published and its 2025 target list formed and approved by the analyst
/// (S011, S012, S021); the test curator holds S011 and S021 from their account's creation.
/// </summary>
public sealed class ListsApp : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public int ListId { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await AnalysisRun.EnsureAsync(App.App.Services);
        await using var scope = App.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OrientirDbContext>();
        var analyst = TestRegion.User(Roles.RegionAnalyst).Email;
        var userId = db.Users.Single(u => u.Email == analyst).Id;
        var actor = new SupportActor(userId, analyst, Roles.RegionAnalyst, await new AccessScopeResolver(db).ResolveAsync(userId, demoMode: false));
        var commands = services.GetRequiredService<TargetListCommands>();
        var list = await commands.CreateAsync(actor, AnalysisRun.Year);
        Assert.True(list.Succeeded, list.Message);
        ListId = list.Value!.Id;
        Assert.True((await commands.ApproveAsync(actor, ListId)).Succeeded);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
