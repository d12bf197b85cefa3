using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Domain.Access;
using Orientir.Domain.Support;
using Orientir.Web.Tests.Infrastructure;
using Orientir.Web.Tests.Schools;

namespace Orientir.Web.Tests.Support.Documents;

/// <summary>
/// An app of its own with what documents need: the approved 2025 list with S011 and S021, the region's curator
/// assigned to S011, S011's risk profile with one priority risk, and two more accounts — the leader of S021 and a
/// curator of S012 only — so that every refusal has someone to prove it.
/// </summary>
public sealed class DocumentsApp : IAsyncLifetime
{
    public const int Year = AnalysisRun.Year;
    public const string PriorityRisk = RiskReferenceData.Motivation;
    public const string OtherLeader = "director.s021@test.orientir";
    public const string OtherCurator = "curator.s012@test.orientir";

    public WebAppFixture App { get; } = new();
    public static string Leader => TestRegion.User(Roles.SchoolLeader).Email;
    public static string Curator => TestRegion.User(Roles.Curator).Email;
    public static string Officer => TestRegion.User(Roles.MunicipalOfficer).Email;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await AnalysisRun.EnsureAsync(App.App.Services);
        await using var scope = App.App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        foreach (var account in new[] { new NewAccount(OtherLeader, Roles.SchoolLeader, null, ["S021"], TestRegion.Password), new NewAccount(OtherCurator, Roles.Curator, null, ["S012"], TestRegion.Password) })
            Assert.True((await accounts.AddAsync(account, "test")).Succeeded);

        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var list = new TargetList
        {
            Year = Year, Revision = 1, SourceRunId = await db.SchoolAnalysisRuns.Where(r => r.Year == Year).Select(r => r.Id).SingleAsync(),
            MethodologyVersion = 1, Status = TargetListStatus.Approved, CreatedBy = "test", CreatedAtUtc = DateTime.UtcNow, ApprovedBy = "test", ApprovedAtUtc = DateTime.UtcNow,
            EntryStageDate = new DateOnly(Year, 10, 1), InterimStageDate = new DateOnly(Year + 1, 3, 1), FinalStageDate = new DateOnly(Year + 1, 6, 1),
        };
        db.TargetLists.Add(list);
        await db.SaveChangesAsync();
        db.TargetListSchools.Add(new TargetListSchool { TargetListId = list.Id, SchoolId = schools["S011"], Basis = TargetBasis.LowResultsAndUnfavourable });
        db.TargetListSchools.Add(new TargetListSchool { TargetListId = list.Id, SchoolId = schools["S021"], Basis = TargetBasis.LowResults });
        var curator = await db.Users.Where(u => u.Email == Curator).Select(u => u.Id).SingleAsync();
        db.CuratorAssignments.Add(new CuratorAssignment { SchoolId = schools["S011"], CuratorUserId = curator, FromUtc = DateTime.UtcNow, AssignedBy = "test" });
        var profile = new RiskProfile { SchoolId = schools["S011"], Year = Year, UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "test" };
        db.RiskProfiles.Add(profile);
        await db.SaveChangesAsync();
        db.RiskProfileFactors.Add(new RiskProfileFactor { ProfileId = profile.Id, FactorCode = PriorityRisk, Level = RiskLevel.High, Priority = true });
        await db.SaveChangesAsync();
    }

    /// <summary>A participant code of S011's works.</summary>
    public async Task<string> ParticipantAsync()
    {
        await using var scope = App.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrientirDbContext>();
        var school = await db.Schools.Where(s => s.Code == "S011").Select(s => s.Id).SingleAsync();
        return await db.Works.Where(w => w.SchoolId == school).OrderBy(w => w.Participant).Select(w => w.Participant).FirstAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
