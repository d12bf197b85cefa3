using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Orientir.Data.Database;

namespace Orientir.Data.Import;

/// <summary>
/// PostgreSQL keeps every index and foreign key of <c>Works</c> up to date row by row during COPY: per row a unique
/// index probe, four more index inserts and three foreign-key triggers. When an import brings more works than the
/// table keeps, it is cheaper to set them aside inside the import's transaction and build them again in one sort
/// each, validating each foreign key in one join. DDL is transactional in PostgreSQL, so a rejected or cancelled
/// import rolls the indexes back with everything else; other readers wait on the table lock until the commit.
/// </summary>
internal sealed class PostgresWorkIndexes
{
    private readonly OrientirDbContext? _context;
    private readonly List<string> _indexes = [];
    private readonly List<(string Name, string Definition)> _foreignKeys = [];

    private PostgresWorkIndexes(OrientirDbContext? context) => _context = context;

    /// <summary>Sets the indexes aside when <paramref name="incomingWorks"/> outnumber the works the table keeps.</summary>
    public static async Task<PostgresWorkIndexes> SetAsideAsync(OrientirDbContext context, long incomingWorks,
        CancellationToken cancellationToken)
    {
        if (context.Provider != DatabaseProvider.Postgres) return new PostgresWorkIndexes(null);
        var connection = context.Database.GetDbConnection();
        // Counting stops past the incoming works: a large table is not counted through.
        var kept = await ScalarAsync(connection, context,
            $"SELECT count(*) FROM (SELECT 1 FROM \"Works\" LIMIT {incomingWorks + 1}) AS kept", cancellationToken);
        if (kept > incomingWorks) return new PostgresWorkIndexes(null);

        var aside = new PostgresWorkIndexes(context);
        await aside.ReadAsync(connection, context, """
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = '"Works"'::regclass AND contype = 'f' ORDER BY conname
            """, (name, definition) => aside._foreignKeys.Add((name, definition)), cancellationToken);
        await aside.ReadAsync(connection, context, """
            SELECT indexname, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename = 'Works'
              AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = '"Works"'::regclass AND contype = 'p')
            ORDER BY indexname
            """, (name, definition) => aside._indexes.Add(definition), cancellationToken);
        foreach (var (name, _) in aside._foreignKeys)
            await aside.ExecuteAsync($"ALTER TABLE \"Works\" DROP CONSTRAINT \"{name}\"", cancellationToken);
        foreach (var definition in aside._indexes)
            await aside.ExecuteAsync($"DROP INDEX \"{IndexName(definition)}\"", cancellationToken);
        return aside;
    }

    /// <summary>Builds the indexes and foreign keys again; a duplicate or a dangling reference fails the import.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        if (_context is null) return;
        // The sort of each index build may use more memory than a session's default (server memory, this transaction only).
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var definition in _indexes) await ExecuteAsync(definition, cancellationToken);
        foreach (var (name, definition) in _foreignKeys)
            await ExecuteAsync($"ALTER TABLE \"Works\" ADD CONSTRAINT \"{name}\" {definition}", cancellationToken);
    }

    // pg_indexes' definition reads: CREATE [UNIQUE] INDEX "name" ON …
    private static string IndexName(string definition)
    {
        var start = definition.IndexOf(" INDEX ", StringComparison.Ordinal) + " INDEX ".Length;
        var end = definition.IndexOf(" ON ", start, StringComparison.Ordinal);
        return definition[start..end].Trim('"');
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _context!.Database.GetDbConnection().CreateCommand();
        command.Transaction = _context.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ReadAsync(DbConnection connection, OrientirDbContext context, string sql, Action<string, string> row,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) row(reader.GetString(0), reader.GetString(1));
    }

    private static async Task<long> ScalarAsync(DbConnection connection, OrientirDbContext context, string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
