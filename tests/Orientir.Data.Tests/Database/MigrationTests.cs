using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Data.Tests.Database;

public class MigrationTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Migrations_create_a_database_whose_model_has_no_pending_changes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run scripts/add-migration.");
        Assert.Equal(0, await context.Schools.CountAsync());
    }

    [Theory]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("data source = x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Database=orientir;Username=o", DatabaseProvider.Postgres)]
    [InlineData("Server=db;Port=5432;Database=orientir", DatabaseProvider.Postgres)]
    public void Recognises_the_provider_from_the_connection_string(string connectionString, DatabaseProvider expected) =>
        Assert.Equal(expected, OrientirDatabase.ProviderOf(connectionString));

    [Fact]
    public void Refuses_a_connection_string_of_no_known_provider() =>
        Assert.Throws<ArgumentException>(() => OrientirDatabase.ProviderOf("Whatever=1"));
}
