using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Orientir.Data.Database;
using Orientir.Bench;
using Orientir.Data.Import;

// Each measurement prints one JSON line; bench/run puts them side by side and computes the ratios.
return args switch
{
    ["import", var package, var connectionString] => await ImportAsync(package, connectionString),
    ["duckdb", var package, var databaseFile] => LoadWithDuckDb(package, databaseFile),
    ["indicators", var connectionString, var year, var procedure] => await OrientirIndicators.RunAsync(connectionString, int.Parse(year), procedure),
    ["duckdb-indicators", var package, var year, var procedure] => DuckDbIndicators.Run(package, int.Parse(year), procedure),
    ["schools", var connectionString, var year, var procedure, var modelCsv] => await SchoolAnalytics.RunAsync(connectionString, int.Parse(year), procedure, modelCsv),
    ["duckdb-schools", var package, var year, var procedure] => DuckDbSchools.Run(package, int.Parse(year), procedure),
    ["report-data", var connectionString, var year] => await RegionReportTiming.RunAsync(connectionString, int.Parse(year)),
    ["duckdb-report-data", var package, var year] => DuckDbRegionReport.Run(package, int.Parse(year)),
    ["pageload", var baseUrl, var demoDatabase, var requests] => await PageLoad.RunAsync(baseUrl, demoDatabase, int.Parse(requests)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Orientir.Bench import PACKAGE CONNECTION | duckdb PACKAGE FILE.duckdb
                            | indicators CONNECTION YEAR PROCEDURE | duckdb-indicators PACKAGE YEAR PROCEDURE
                            | schools CONNECTION YEAR KEY_PROCEDURE MODEL_ROWS.csv | duckdb-schools PACKAGE YEAR KEY_PROCEDURE
                            | pageload BASE_URL DEMO_SQLITE_CONNECTION REQUESTS
                            | report-data CONNECTION YEAR | duckdb-report-data PACKAGE YEAR
        """);
    return 2;
}

// Orientir's own import of a whole package into a fresh database: parse, validate, store in one transaction. The
// importer's progress marks the end of the store (its last report comes just before the commit), so the store is
// timed apart from the whole call, which goes on to recompute the schools' and teachers' indicators; the process's
// memory is sampled at every report (each 10,000 rows) for the store's peak.
static async Task<int> ImportAsync(string package, string connectionString)
{
    await OrientirDatabase.MigrateAsync(connectionString);
    var watch = Stopwatch.StartNew();
    var store = new StoreMeter(watch);
    var outcome = await new PackageImporter(connectionString).ImportDirectoryAsync(package, "bench", store);
    watch.Stop();
    if (!outcome.Succeeded)
    {
        foreach (var error in outcome.Errors.Take(20)) Console.Error.WriteLine(error);
        return 1;
    }
    await using var context = OrientirDatabase.CreateContext(connectionString);
    var works = await context.Works.LongCountAsync();
    var bytes = await DatabaseBytesAsync(context, connectionString);
    Print(new
    {
        measure = "import", provider = context.Provider.ToString(), works, seconds = watch.Elapsed.TotalSeconds, bytes,
        store_seconds = store.LastReport.TotalSeconds, store_peak_kb = store.PeakKb,
    });
    return 0;
}

static async Task<long> DatabaseBytesAsync(OrientirDbContext context, string connectionString)
{
    if (context.Provider == DatabaseProvider.Postgres)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand($"SELECT pg_database_size('{database}')", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }
    await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    SqliteConnection.ClearAllPools();
    return new FileInfo(new SqliteConnectionStringBuilder(connectionString).DataSource).Length;
}

// The peer: DuckDB reads the same results files into a table of its own database file. It validates nothing,
// so the ratio is what Orientir's checks and packing cost against a fast columnar loader.
static int LoadWithDuckDb(string package, string databaseFile)
{
    var files = Directory.GetFiles(Path.Combine(package, "results"), "*.csv").Order().ToArray();
    var watch = Stopwatch.StartNew();
    using var connection = new DuckDBConnection($"Data Source={databaseFile}");
    connection.Open();
    long works = 0;
    for (var i = 0; i < files.Length; i++)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"CREATE TABLE works_{i} AS SELECT * FROM read_csv('{files[i].Replace("'", "''")}', delim=';', header=true, all_varchar=true)";
        command.ExecuteNonQuery();
        command.CommandText = $"SELECT count(*) FROM works_{i}";
        works += Convert.ToInt64(command.ExecuteScalar());
    }
    connection.Close();
    watch.Stop();
    Print(new { measure = "import", provider = "DuckDB", works, seconds = watch.Elapsed.TotalSeconds, bytes = new FileInfo(databaseFile).Length });
    return 0;
}

static void Print(object measurement) => Timing.Print(measurement);

/// <summary>When the importer last reported, and the largest resident set seen at its reports.</summary>
sealed class StoreMeter(Stopwatch watch) : IProgress<ImportProgress>
{
    private readonly Lock _lock = new();

    public TimeSpan LastReport { get; private set; }
    public long PeakKb { get; private set; }

    public void Report(ImportProgress value)
    {
        var rss = ResidentKb();
        lock (_lock)
        {
            LastReport = watch.Elapsed;
            PeakKb = Math.Max(PeakKb, rss);
        }
    }

    private static long ResidentKb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return 0;
    }
}
