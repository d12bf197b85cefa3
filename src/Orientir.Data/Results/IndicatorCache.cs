using System.Collections.Concurrent;
using Orientir.Analytics.Indicators;

namespace Orientir.Data.Results;

/// <summary>
/// The per-school statistics of each procedure, kept in memory for the life of the process so that a page load
/// sums cached statistics instead of reading and counting the works again. An entry is recomputed only when its
/// procedure was re-imported: the key's version is the latest import batch of the procedure, its tasks and its
/// works, and the number of works (a package replaces a procedure's works as a whole under a new batch), so an
/// import recomputes exactly the procedures it touched and nothing else. Municipality and region sums are not
/// cached: they are a few thousand additions, and a school that moves to another municipality must move its
/// results with it.
/// </summary>
internal sealed class IndicatorCache
{
    public static IndicatorCache Shared { get; } = new();

    private readonly ConcurrentDictionary<(string Database, int ProcedureId), Entry> _entries = new();

    public Entry? Find(string database, int procedureId, WorksVersion version) =>
        _entries.TryGetValue((database, procedureId), out var entry) && entry.Version == version ? entry : null;

    /// <summary>The entry as stored, whatever its version (tests).</summary>
    internal Entry? Peek(string database, int procedureId) => _entries.GetValueOrDefault((database, procedureId));

    public void Store(string database, int procedureId, Entry entry) => _entries[(database, procedureId)] = entry;

    /// <summary>Cached statistics are shared by every reader and never changed: sums are made into new objects.</summary>
    internal sealed record Entry(WorksVersion Version, ProcedureDesign Design, IReadOnlyDictionary<int, ResultStats> BySchool);
}
