using System.Collections.Concurrent;
using System.Globalization;
using Orientir.Analytics.Schools;
using Orientir.Data.Demo;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Testing;

namespace Orientir.Data.Tests.Schools;

/// <summary>What the demo generator planted in a school (docs/demo-generator.md, truth.csv).</summary>
public sealed record PlantedSchool(string Code, double Effect, double Ses, double MeanAbility, bool InflatedVpr, bool LenientJournal);

/// <summary>
/// A generated region (400 schools, 2023–2025) imported into SQLite and loaded for the school analytics of its last
/// year, with the truth planted in it: what the analytics' acceptance tests judge the methods against. Each seed is
/// generated, imported and loaded once per test run and shared by every test that asks for it.
/// </summary>
public sealed class PlantedRegion
{
    public const int Schools = 400;
    public const int Year = 2025;
    public static readonly int[] Seeds = [11, 12, 13];

    private static readonly ConcurrentDictionary<int, Lazy<Task<PlantedRegion>>> Cache = new();

    private PlantedRegion(int seed, SchoolAnalysisInput input, IReadOnlyDictionary<string, PlantedSchool> truth)
    {
        Seed = seed;
        Input = input;
        Truth = truth;
    }

    public int Seed { get; }
    public SchoolAnalysisInput Input { get; }
    public IReadOnlyDictionary<string, PlantedSchool> Truth { get; }

    public PlantedSchool TruthOf(int schoolId) => Truth[Input.Schools.Single(s => s.SchoolId == schoolId).Code];

    public static Task<PlantedRegion> OfSeedAsync(int seed) =>
        Cache.GetOrAdd(seed, s => new Lazy<Task<PlantedRegion>>(() => CreateAsync(s))).Value;

    private static async Task<PlantedRegion> CreateAsync(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-planted-").FullName;
        try
        {
            var package = Path.Combine(folder, "package");
            DemoPackageGenerator.Generate(package, new DemoOptions(seed, Schools, [Year - 2, Year - 1, Year]));
            var connectionString = $"Data Source={Path.Combine(folder, "planted.db")}";
            await OrientirDatabase.MigrateAsync(connectionString);
            var outcome = await new PackageImporter(connectionString).ImportDirectoryAsync(package, "analyst");
            if (outcome.Errors.Count > 0) throw new InvalidOperationException("The generated package did not import: " + outcome.Errors[0]);
            await using var db = OrientirDatabase.CreateContext(connectionString);
            var input = await SchoolAnalysisLoader.LoadAsync(db, Year);
            return new PlantedRegion(seed, input, ReadTruth(Path.Combine(package, DemoPackageWriter.TruthFile)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static Dictionary<string, PlantedSchool> ReadTruth(string path)
    {
        var facts = File.ReadLines(path).Skip(1).Select(l => l.Split(';'))
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.ToDictionary(f => f[1], f => double.Parse(f[2].Replace(',', '.'), CultureInfo.InvariantCulture)));
        return facts.ToDictionary(f => f.Key, f => new PlantedSchool(f.Key, f.Value["school_effect"], f.Value["ses"], f.Value["mean_ability"],
            f.Value.ContainsKey("inflated_vpr"), f.Value.ContainsKey("lenient_journal")));
    }
}
