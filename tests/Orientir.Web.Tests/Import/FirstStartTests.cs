using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Testing;
using Orientir.Web.Hosting;
using Orientir.Web.Tests.Infrastructure;

namespace Orientir.Web.Tests.Import;

/// <summary>The first step: an empty database, a start in demo mode, and a region to look at.</summary>
public class FirstStartTests
{
    [Fact]
    public async Task A_first_start_in_demo_mode_fills_an_empty_database_with_the_generated_region_and_its_accounts()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(new RegionCounts(0, 0, 0, 0, 0, 0), await RegionCounts.ReadAsync(database.ConnectionString));
        // The same seed and size the app generates with: the database must hold exactly this package.
        using var package = GeneratedPackage.Create(DemoAppFixture.Schools);
        var expected = package.Summary;
        Assert.True(expected is { Municipalities: > 0, Schools: > 0, Procedures: > 0, Tasks: > 0, Works: > 0 }, expected.ToString());

        await using (var app = await RunningApp.StartAsync("--db", database.ConnectionString, "--demo", "--demo-schools", DemoAppFixture.Schools.ToString()))
        {
            var counts = await RegionCounts.ReadAsync(database.ConnectionString);
            Assert.Equal(
                (expected.Municipalities, expected.Schools, expected.Procedures, expected.Tasks, expected.Works),
                (counts.Municipalities, counts.Schools, counts.Procedures, counts.Tasks, counts.Works));
            Assert.True(counts.Batches > 0);

            Assert.Equal(Roles.All.Count, app.App.Services.GetRequiredService<DemoAccounts>().Accounts.Count);
            await using var db = OrientirDatabase.CreateContext(database.ConnectionString);
            var demoEmails = await db.Users.Where(u => u.IsDemo).Select(u => u.Email).ToListAsync();
            Assert.Equal(Roles.All.Select(DemoAccounts.EmailOf).Order(), demoEmails.Order());
            // The accounts open with the documented password.
            using var director = await app.DemoBearerAsync(DemoAccounts.EmailOf(Roles.SchoolLeader));
            using var analyst = await app.DemoBearerAsync(DemoAccounts.EmailOf(Roles.RegionAnalyst));
        }
    }

    [Fact]
    public async Task A_second_start_in_demo_mode_keeps_the_data_and_does_not_generate_again()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        RegionCounts first;
        await using (var _ = await RunningApp.StartAsync("--db", database.ConnectionString, "--demo", "--demo-schools", DemoAppFixture.Schools.ToString()))
            first = await RegionCounts.ReadAsync(database.ConnectionString);
        Assert.True(first.Schools > 0);

        // A bigger region is asked for: had the app generated and imported again, the schools would have grown.
        await using (var again = await RunningApp.StartAsync("--db", database.ConnectionString, "--demo", "--demo-schools", (DemoAppFixture.Schools + 7).ToString()))
        {
            Assert.Equal(first, await RegionCounts.ReadAsync(database.ConnectionString));
            Assert.Equal(Roles.All.Count, again.App.Services.GetRequiredService<DemoAccounts>().Accounts.Count);
            using var director = await again.DemoBearerAsync(DemoAccounts.EmailOf(Roles.SchoolLeader));
        }
        await using var db = OrientirDatabase.CreateContext(database.ConnectionString);
        Assert.Equal(Roles.All.Count, await db.Users.CountAsync(u => u.IsDemo));
    }

    [Fact]
    public void The_demo_size_on_the_command_line_is_read_and_not_passed_on()
    {
        var settings = OrientirSettings.From(["--demo-schools", "20", "--urls", "http://127.0.0.1:0", "--db", "Data Source=x.db"], out var rest);
        Assert.Equal(20, settings.DemoSchools);
        Assert.Equal(["--urls", "http://127.0.0.1:0"], rest);
    }
}
