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
        if (created.Succeeded) await AddForDemoOfficerAsync(db, analyst, created.Value!.Id, time);
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

    /// <summary>
    /// The demo officer's municipality (the first by code) may have no school on the lists; then its school with the
    /// lowest ШНОР composite is added by hand with a reason, as a region does at a municipality's request, so that the
    /// officer's views and the hand-addition path have something to show.
    /// </summary>
    private static async Task AddForDemoOfficerAsync(OrientirDbContext db, SupportActor analyst, int listId, TimeProvider time)
    {
        var municipalityId = await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Id).FirstAsync();
        if (await db.TargetListSchools.AnyAsync(e => e.TargetListId == listId &&
                db.Schools.Any(s => s.Id == e.SchoolId && s.MunicipalityId == municipalityId))) return;
        var sourceRunId = await db.TargetLists.Where(l => l.Id == listId).Select(l => l.SourceRunId).SingleAsync();
        var weakest = await db.SchoolAnalysisEntries.Where(e => e.RunId == sourceRunId && e.LowResultsComposite != null)
            .Join(db.Schools.Where(s => s.MunicipalityId == municipalityId), e => e.SchoolId, s => s.Id, (e, s) => new { s.Code, e.LowResultsComposite })
            .OrderBy(e => e.LowResultsComposite).Select(e => e.Code).FirstOrDefaultAsync();
        if (weakest is not null)
            await new TargetListSchoolCommands(db, time).AddAsync(analyst, listId, weakest,
                "По обращению муниципалитета: результаты ниже средних по муниципалитету");
    }
}
