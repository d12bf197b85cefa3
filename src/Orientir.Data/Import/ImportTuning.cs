using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;

namespace Orientir.Data.Import;

/// <summary>
/// SQLite settings for the import's connection while it stores: a page cache large enough that the inserts into
/// the works' indexes (participant, student: random order) do not spill half-written pages to the WAL over and
/// over, and temporary structures in memory. <c>synchronous</c> is left as it is: the import is one transaction,
/// so it costs one sync at the commit, and a power cut must not lose a committed import. The connection returns
/// to the pool with the defaults back.
/// </summary>
internal sealed class ImportTuning : IAsyncDisposable
{
    /// <summary>In KiB (SQLite's negative cache_size), part of the import's memory budget (docs/adapters/streaming.md).</summary>
    public const int SqliteCacheKib = 64 * 1024;

    private readonly OrientirDbContext? _context;

    private ImportTuning(OrientirDbContext? context) => _context = context;

    public static async Task<ImportTuning> StartAsync(OrientirDbContext context, CancellationToken cancellationToken)
    {
        if (context.Provider != DatabaseProvider.Sqlite) return new ImportTuning(null);
        await context.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{SqliteCacheKib}; PRAGMA temp_store = MEMORY;", cancellationToken);
        return new ImportTuning(context);
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is null) return;
        try
        {
            await _context.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT;");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // A connection that failed mid-import is not pooled as it is; the failure itself is what the caller sees.
        }
    }
}
