using Npgsql;
using Orientir.Data.Database;
using Xunit;

namespace Orientir.Testing;

/// <summary>
/// A fresh, migrated database of one provider for one test: an SQLite file in a temporary folder, or a new
/// database in the PostgreSQL that test.sh starts on loopback (<c>ORIENTIR_TEST_PG</c>). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ORIENTIR_TEST_PG";

    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public OrientirDbContext CreateContext() => OrientirDatabase.CreateContext(ConnectionString);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("orientir-test-").FullName;
            database = new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")}", folder, null);
        }
        else
        {
            var admin = AdminConnectionString();
            var name = "orientir_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
            database = new TestDatabase(provider, builder.ConnectionString, null, name);
        }
        if (migrate) await OrientirDatabase.MigrateAsync(database.ConnectionString);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(AdminConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the tests with ./test.sh, which starts PostgreSQL on loopback.");
}

/// <summary>Runs a theory once per database provider: <c>[Theory, ClassData(typeof(AllDatabases))]</c>.</summary>
public sealed class AllDatabases : TheoryData<DatabaseProvider>
{
    public AllDatabases()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}
