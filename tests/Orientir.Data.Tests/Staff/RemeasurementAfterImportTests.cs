using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Staff;
using Orientir.Data.Staff.Dashboards;
using Orientir.Data.Staff.Routes;
using Orientir.Domain.Access;
using Orientir.Domain.Staff;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Staff;

/// <summary>
/// The whole loop on generated data: a teacher with a planted skill deficit that the generator lets close in 2025 gets a
/// route from the 2024 measurements, follows it to the end, and the import of the 2025 results measures them again —
/// the route's deficit turns from «not yet measured» to «closed» on the region's dashboard.
/// </summary>
public class RemeasurementAfterImportTests(ITestOutputHelper output)
{
    private const int Seed = 23;
    private const int Schools = 80;

    [Fact]
    public async Task Completing_a_route_and_importing_the_next_year_closes_its_deficit_on_the_dashboard()
    {
        var folder = Directory.CreateTempSubdirectory("orientir-remeasure-").FullName;
        try
        {
            var first = Path.Combine(folder, "2023-2024");
            var both = Path.Combine(folder, "2023-2025");
            DemoPackageGenerator.Generate(first, new DemoOptions(Seed, Schools, [2023, 2024]));
            DemoPackageGenerator.Generate(both, new DemoOptions(Seed, Schools, [2023, 2024, 2025]));
            var connectionString = $"Data Source={Path.Combine(folder, "remeasure.db")}";
            await OrientirDatabase.MigrateAsync(connectionString);
            Assert.Empty((await new PackageImporter(connectionString).ImportDirectoryAsync(first, "analyst")).Errors);

            var time = TimeProvider.System;
            var methodologist = new StaffActor("", "methodologist", Roles.Methodologist, AccessScope.Region(Roles.Methodologist));
            int routeId;
            string code;
            await using (var db = OrientirDatabase.CreateContext(connectionString))
            {
                // A planted results deficit of 2024 that the generator closes in 2025, found in the 2024 measurements.
                var closing = File.ReadLines(Path.Combine(both, "truth_teachers.csv")).Skip(1).Select(l => l.Split(';'))
                    .Where(f => f[1] == "results" && f[5] == "2025" && int.Parse(f[4], CultureInfo.InvariantCulture) <= 2024)
                    .Select(f => (Teacher: f[0], Skill: f[2])).ToList();
                var found = await (from m in db.TeacherMeasurements
                                   join t in db.Teachers on m.TeacherId equals t.Id
                                   where m.Year == 2024 && m.IsDeficit && m.Source == MeasurementSource.Results
                                   select new { Teacher = t.Code, Skill = m.Code }).ToListAsync();
                var teacher = closing.First(c => found.Any(f => f.Teacher == c.Teacher && f.Skill == c.Skill));
                code = teacher.Teacher;
                output.WriteLine($"teacher {code}, planted skill {teacher.Skill} closing in 2025");

                var routes = new RouteCommands(db, time);
                var proposed = await routes.ProposeAsync(methodologist, code, 2024);
                Assert.True(proposed.Succeeded, proposed.Message);
                routeId = proposed.Value!.Id;
                Assert.True((await routes.ApproveAsync(methodologist, routeId)).Succeeded);
                foreach (var step in await db.RouteSteps.Where(s => s.RouteId == routeId).Select(s => s.Id).ToListAsync())
                    Assert.True((await routes.MarkStepDoneAsync(methodologist, routeId, step, "Удостоверение № 123")).Succeeded);

                var before = await SummaryAsync(db, methodologist, time);
                Assert.Equal(1, before.RoutesCompleted);
                Assert.Equal(0, before.DeficitsClosed);
                Assert.True(before.DeficitsNotMeasured > 0);
            }

            Assert.Empty((await new PackageImporter(connectionString).ImportDirectoryAsync(both, "analyst")).Errors);

            await using (var db = OrientirDatabase.CreateContext(connectionString))
            {
                var after = await SummaryAsync(db, methodologist, time);
                output.WriteLine($"after the 2025 import: closed {after.DeficitsClosed}, persisting {after.DeficitsPersisting}, not measured {after.DeficitsNotMeasured}");
                Assert.True(after.DeficitsClosed >= 1, "the planted deficit that closed in 2025 shows closed");
                var deficits = await db.RouteDeficits.Where(d => d.RouteId == routeId).Select(d => d.Id).ToListAsync();
                var outcomes = await Remeasurement.OfAsync(db, deficits);
                Assert.Contains(outcomes.Values, o => o is { Outcome: DeficitOutcome.Closed, Year: 2025 });
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<StaffFigures> SummaryAsync(OrientirDbContext db, StaffActor actor, TimeProvider time)
    {
        var summary = await new StaffDashboardQueries(db, new StaffAccess(db), time).SummaryAsync(actor, 2024, null);
        Assert.True(summary.Succeeded, summary.Message);
        return summary.Value!.Figures;
    }
}
