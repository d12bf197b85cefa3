using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Data.Support.Lists;
using Orientir.Domain.Access;

namespace Orientir.Web.Hosting;

/// <summary>
/// The demo opens with last year's support programme under way, as a region would have it: the list of the year before
/// the newest one formed from its published lists and approved, and the demo curator assigned to its schools. The newest
/// year is left for the user (and the browser test) to form.
/// </summary>
internal static class DemoProgramme
{
    public static async Task SeedAsync(OrientirDbContext db, ILogger logger)
    {
        if (await db.TargetLists.AnyAsync()) return;
        var years = await db.SchoolAnalysisRuns.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        if (years.Count < 2) return;
        var year = years[1];
        var analyst = new SupportActor("", "demo", Roles.RegionAnalyst, AccessScope.Region(Roles.RegionAnalyst));
        var time = TimeProvider.System;
        var created = await new TargetListCommands(db, time).CreateAsync(analyst, year);
        if (!created.Succeeded || await new TargetListCommands(db, time).ApproveAsync(analyst, created.Value!.Id) is not { Succeeded: true })
        {
            logger.LogError("Демонстрационная программа поддержки {Year} года не создана: {Message}", year, created.Message);
            return;
        }
        var schools = await db.TargetListSchools.Where(s => s.TargetListId == created.Value!.Id && s.Included)
            .Join(db.Schools, s => s.SchoolId, school => school.Id, (_, school) => school.Code).ToListAsync();
        var curators = new CuratorCommands(db, time);
        foreach (var code in schools)
            await curators.AssignAsync(analyst, code, DemoAccounts.EmailOf(Roles.Curator), "Демонстрационное назначение");
        logger.LogInformation("Демонстрационная программа поддержки {Year} года: {Schools} школ, куратор {Curator}",
            year, schools.Count, DemoAccounts.EmailOf(Roles.Curator));
    }
}
