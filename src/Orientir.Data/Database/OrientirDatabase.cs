using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Orientir.Data.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Chooses the database from a connection string alone: <c>Data Source=path.db</c> is an SQLite file,
/// <c>Host=…;Database=…</c> is PostgreSQL. The default is an SQLite file in a data folder beside the app.
/// </summary>
public static class OrientirDatabase
{
    public const string EnvironmentVariable = "ORIENTIR_DB";

    public static string DefaultConnectionString(string baseDirectory)
    {
        var folder = Path.Combine(baseDirectory, "data");
        return $"Data Source={Path.Combine(folder, "orientir.db")}";
    }

    /// <summary>The explicit <paramref name="connectionString"/>, else <c>ORIENTIR_DB</c>, else the default SQLite file.</summary>
    public static string Resolve(string? connectionString, string baseDirectory) =>
        !string.IsNullOrWhiteSpace(connectionString) ? connectionString
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultConnectionString(baseDirectory);

    public static DatabaseProvider ProviderOf(string connectionString)
    {
        var keys = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2)[0].Trim().ToLowerInvariant())
            .ToHashSet();
        if (keys.Contains("host") || keys.Contains("server")) return DatabaseProvider.Postgres;
        if (keys.Contains("data source") || keys.Contains("datasource") || keys.Contains("filename")) return DatabaseProvider.Sqlite;
        throw new ArgumentException(
            "Не удалось определить базу данных по строке подключения: ожидается «Data Source=путь.db» (SQLite) или «Host=…;Database=…» (PostgreSQL).");
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        switch (ProviderOf(connectionString))
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(600));
                break;
            default:
                EnsureSqliteFolder(connectionString);
                options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(600));
                break;
        }
    }

    /// <summary>A context of the provider the connection string names, configured for it.</summary>
    public static OrientirDbContext CreateContext(string connectionString)
    {
        if (ProviderOf(connectionString) == DatabaseProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresOrientirDbContext>();
            Configure(builder, connectionString);
            return new PostgresOrientirDbContext(builder.Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteOrientirDbContext>();
        Configure(sqlite, connectionString);
        return new SqliteOrientirDbContext(sqlite.Options);
    }

    /// <summary>Applies the provider's migrations; an SQLite file and its folder are created when missing.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext(connectionString);
        await context.Database.MigrateAsync(cancellationToken);
        await Reports.DefaultRecommendationRules.SeedAsync(context, cancellationToken);
        await Results.Subjects.DefaultSubjectSynonyms.SeedAsync(context, cancellationToken);
        if (context.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the web app read while an import writes.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public static string Describe(string connectionString)
    {
        if (ProviderOf(connectionString) == DatabaseProvider.Postgres)
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
        return $"SQLite {new SqliteConnectionStringBuilder(connectionString).DataSource}";
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
