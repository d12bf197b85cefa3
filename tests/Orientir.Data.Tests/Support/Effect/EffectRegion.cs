using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Data.Support;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Access;
using Orientir.Domain.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support.Effect;

/// <summary>
/// A generated region of 60 schools in a fresh database: results of 2023–2025 imported (2026 can be added later, as a
/// new year's import would), the 2024 lists published, and an approved 2024 target list of the 12 schools with the
/// lowest results composite.
/// </summary>
public sealed class EffectRegion : IAsyncDisposable
{
    public const int Seed = 11;
    public const int ProgrammeYear = 2024;

    private EffectRegion(TestDatabase database, OrientirDbContext db) => (Database, Db) = (database, db);

    public TestDatabase Database { get; }
    public OrientirDbContext Db { get; }

    public static SupportActor Analyst { get; } = new("analyst-id", "analyst", Roles.RegionAnalyst, AccessScope.Region(Roles.RegionAnalyst));

    public static SupportActor Officer(int municipalityId) =>
        new("officer-id", "officer", Roles.MunicipalOfficer, AccessScope.Municipality(Roles.MunicipalOfficer, municipalityId));

    public static async Task<EffectRegion> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, [2023, 2024, 2025]);
        var db = database.CreateContext();
        var run = await new SchoolAnalysisPublisher(db).PublishAsync(ProgrammeYear, "analyst");
        var lowest = await db.SchoolAnalysisEntries.Where(e => e.RunId == run.Id && e.LowResultsComposite != null)
            .OrderBy(e => e.LowResultsComposite).Select(e => e.SchoolId).Take(12).ToListAsync();
        await ApproveListAsync(db, ProgrammeYear, run.Id, lowest);
        return new EffectRegion(database, db);
    }

    /// <summary>Imports the package of <paramref name="years"/>; years already imported are the same files, so they change nothing.</summary>
    public static async Task ImportAsync(TestDatabase database, IReadOnlyList<int> years)
    {
        var package = Directory.CreateTempSubdirectory("orientir-effect-").FullName;
        try
        {
            DemoPackageGenerator.Generate(package, new DemoOptions(Seed, Schools: 60, Years: years));
            ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package, "analyst"));
        }
        finally
        {
            Directory.Delete(package, recursive: true);
        }
    }

    public static async Task ApproveListAsync(OrientirDbContext db, int year, int runId, IReadOnlyList<int> schoolIds)
    {
        var methodology = await new MethodologyStore(db).CurrentAsync();
        var list = new TargetList
        {
            Year = year, Revision = 1, SourceRunId = runId, MethodologyVersion = methodology.Number, Status = TargetListStatus.Approved,
            CreatedBy = "analyst", CreatedAtUtc = DateTime.UtcNow, ApprovedBy = "analyst", ApprovedAtUtc = DateTime.UtcNow,
            EntryStageDate = new DateOnly(year, 10, 1), InterimStageDate = new DateOnly(year + 1, 3, 1), FinalStageDate = new DateOnly(year + 1, 6, 1),
        };
        db.TargetLists.Add(list);
        await db.SaveChangesAsync();
        db.TargetListSchools.AddRange(schoolIds.Select(id => new TargetListSchool { TargetListId = list.Id, SchoolId = id, Basis = TargetBasis.LowResults }));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }
}
