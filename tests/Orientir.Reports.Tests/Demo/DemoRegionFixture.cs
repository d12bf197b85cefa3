using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Testing;

namespace Orientir.Reports.Tests.Demo;

/// <summary>
/// A small demo region (the generator's, 60 schools, 2023–2025) imported into SQLite with the school lists of 2024 and
/// 2025 published, as the demo's first start leaves it: what the report tests render. Built once per test run.
/// </summary>
public sealed class DemoRegionFixture : IAsyncLifetime
{
    public const int Year = 2025;

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var folder = Directory.CreateTempSubdirectory("orientir-report-demo-").FullName;
        try
        {
            DemoPackageGenerator.Generate(folder, new DemoOptions(Seed: 1, Schools: 60));
            var outcome = await new PackageImporter(_database.ConnectionString).ImportDirectoryAsync(folder, "demo");
            if (!outcome.Succeeded) throw new InvalidOperationException(string.Join("\n", outcome.Errors.Take(5)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        await using var db = _database.CreateContext();
        foreach (var year in new[] { 2024, 2025 }) await new SchoolAnalysisPublisher(db).PublishAsync(year, "demo");
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>A report context for a user of the whole region (a regional analyst).</summary>
    public ReportContext RegionContext(OrientirDbContext db, IProgress<ReportProgress>? progress = null) =>
        new(db, AccessScope.Region(Roles.RegionAnalyst), "analyst@demo", TimeProvider.System, progress);

    public async Task<int> MunicipalityIdAsync(OrientirDbContext db, string code) =>
        await db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();

    public async Task<int> SchoolIdAsync(OrientirDbContext db, string code) =>
        await db.Schools.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
}

[CollectionDefinition(Name)]
public sealed class DemoRegionCollection : ICollectionFixture<DemoRegionFixture>
{
    public const string Name = "demo region";
}
