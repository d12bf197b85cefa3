using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Orientir.Data.Database;

// Used only by scripts/add-migration to scaffold each provider's migrations; no database is opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOrientirDbContext>
{
    public SqliteOrientirDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrientirDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOrientirDbContext>
{
    public PostgresOrientirDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOrientirDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
