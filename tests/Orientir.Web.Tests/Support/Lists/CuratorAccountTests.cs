using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Domain.Access;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Support.Lists;

/// <summary>A curator account created with schools goes through the curator assignments: history starts, one curator per school.</summary>
public class CuratorAccountTests(ListsApp fixture) : IClassFixture<ListsApp>
{
    [Fact]
    public async Task A_new_curator_account_with_a_school_takes_it_from_the_previous_curator_and_the_history_keeps_both()
    {
        await using (var scope = fixture.App.App.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .AddAsync(new NewAccount("curator.two@test.orientir", Roles.Curator, SchoolCodes: ["S021"], Password: TestRegion.Password), "test");
            Assert.True(created.Succeeded);
        }

        using var first = await fixture.App.BearerAsync(TestRegion.User(Roles.Curator).Email);
        var workspace = await first.GetFromJsonAsync<JsonElement>("/api/support/curator/workspace");
        Assert.Equal(["S011"], workspace.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("code").GetString()));

        using var analyst = await fixture.App.BearerAsync(TestRegion.User(Roles.RegionAnalyst).Email);
        var history = await analyst.GetFromJsonAsync<JsonElement>("/api/support/schools/S021/curators");
        Assert.Equal(["curator.two@test.orientir", TestRegion.User(Roles.Curator).Email],
            history.EnumerateArray().Select(p => p.GetProperty("curatorName").GetString()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("toUtc").ValueKind);
    }
}
