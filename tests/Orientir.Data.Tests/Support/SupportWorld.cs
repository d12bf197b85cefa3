using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Data.Support;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Domain.Schools;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support;

/// <summary>
/// The standard test package (edu0101, edu0102 in M01; edu0201, edu0202 in M02) in a fresh database of one provider,
/// with a published 2025 run (edu0101 ШНОР, edu0201 ШНСУ, edu0202 both) and one account per part of the support cycle.
/// Actors are resolved from the database like a request's, so a curator's scope follows their assignments.
/// </summary>
public sealed class SupportWorld : IAsyncDisposable
{
    public const string Analyst = "analyst@test";
    public const string CuratorA = "curator.a@test";
    public const string CuratorB = "curator.b@test";
    /// <summary>Leader of edu0101.</summary>
    public const string Leader0101 = "director.0101@test";
    /// <summary>Leader of edu0201.</summary>
    public const string Leader0201 = "director.0201@test";
    /// <summary>Municipal officer of M01.</summary>
    public const string OfficerM01 = "mo.m01@test";

    private SupportWorld(TestDatabase database, OrientirDbContext db, int runId, IReadOnlyDictionary<string, int> schools)
    {
        Database = database;
        Db = db;
        RunId = runId;
        Schools = schools;
    }

    public TestDatabase Database { get; }
    /// <summary>A context for the test's setup and checks; commands may use their own from <see cref="TestDatabase.CreateContext"/>.</summary>
    public OrientirDbContext Db { get; }
    /// <summary>The published 2025 run.</summary>
    public int RunId { get; }
    /// <summary>School code → id.</summary>
    public IReadOnlyDictionary<string, int> Schools { get; }

    public static async Task<SupportWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(TestPackage.Standard().Write(), "analyst"));
        var db = database.CreateContext();
        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Id);
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, m => m.Id);
        var runId = await PublishAsync(db, schools);
        await AddUserAsync(db, Analyst, Roles.RegionAnalyst);
        await AddUserAsync(db, CuratorA, Roles.Curator);
        await AddUserAsync(db, CuratorB, Roles.Curator);
        await AddUserAsync(db, Leader0101, Roles.SchoolLeader, schoolId: schools["edu0101"]);
        await AddUserAsync(db, Leader0201, Roles.SchoolLeader, schoolId: schools["edu0201"]);
        await AddUserAsync(db, OfficerM01, Roles.MunicipalOfficer, municipalityId: municipalities["M01"]);
        return new SupportWorld(database, db, runId, schools);
    }

    /// <summary>The account as a request would see it now: its role and its current scope.</summary>
    public async Task<SupportActor> ActorAsync(string email)
    {
        var userId = await UserIdAsync(email);
        var scope = await new AccessScopeResolver(Db).ResolveAsync(userId, demoMode: false);
        return new SupportActor(userId, email, scope.Role, scope);
    }

    public async Task<string> UserIdAsync(string email) => await Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static async Task<int> PublishAsync(OrientirDbContext db, IReadOnlyDictionary<string, int> schools)
    {
        var methodology = await new MethodologyStore(db).CurrentAsync();
        var entries = schools.Select(s => new SchoolAnalysisEntry
        {
            SchoolId = s.Value,
            LowResults = s.Key is "edu0101" or "edu0202",
            Unfavourable = s.Key is "edu0201" or "edu0202",
            ContextIndex = s.Key.EndsWith('1') ? -1.0 : 0.5,
            LowResultsComposite = s.Key is "edu0101" or "edu0202" ? -1.5 : 0.3,
        }).ToList();
        var run = new SchoolAnalysisRun(2025, methodology.Id, "analyst", DateTime.UtcNow, "{}");
        return await SchoolAnalysisRunWriter.WriteAsync(db, run, entries, [], "test");
    }

    private static async Task AddUserAsync(OrientirDbContext db, string email, string role, int? schoolId = null, int? municipalityId = null)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync();
        if (roleId is null)
        {
            var identityRole = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(identityRole);
            roleId = identityRole.Id;
        }
        var user = new OrientirUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = email, SchoolId = schoolId, MunicipalityId = municipalityId,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
    }
}
