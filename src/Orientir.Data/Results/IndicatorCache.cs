using System.Collections.Concurrent;
using Orientir.Analytics.Indicators;

namespace Orientir.Data.Results;

/// <summary>
/// The per-school statistics of each procedure, kept in memory for the life of the process so that a page load
/// sums cached statistics instead of reading and counting the works again. An entry is recomputed only when its
/// procedure was re-imported (<see cref="WorksVersion"/>: the procedure's and its tasks' import batches, its works'
/// largest id and number; a package replaces a procedure's works as a whole), so an import recomputes exactly the
/// procedures it touched, and nothing else, the next time they are read. Municipality and region sums are not
/// cached: they are a few thousand additions, and a school that moves to another municipality must move its
/// results with it. The region's list of municipalities and schools is kept until the next import batch: only
/// imports write the registry.
/// </summary>
internal sealed class IndicatorCache
{
    public static IndicatorCache Shared { get; } = new();

    private readonly ConcurrentDictionary<(string Database, int ProcedureId), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, (long LastBatch, RegionLayout Layout)> _layouts = new();

    public RegionLayout? FindLayout(string database, long lastBatch) =>
        _layouts.TryGetValue(database, out var layout) && layout.LastBatch == lastBatch ? layout.Layout : null;

    public void StoreLayout(string database, long lastBatch, RegionLayout layout) => _layouts[database] = (lastBatch, layout);

    public Entry? Find(string database, int procedureId, WorksVersion version) =>
        _entries.TryGetValue((database, procedureId), out var entry) && entry.Version == version ? entry : null;

    /// <summary>The entry as stored, whatever its version (tests).</summary>
    internal Entry? Peek(string database, int procedureId) => _entries.GetValueOrDefault((database, procedureId));

    public void Store(string database, int procedureId, Entry entry) => _entries[(database, procedureId)] = entry;

    /// <summary>Cached statistics are shared by every reader and never changed: sums are made into new objects.</summary>
    internal sealed record Entry(WorksVersion Version, ProcedureDesign Design, IReadOnlyDictionary<int, ResultStats> BySchool);
}

/// <summary>A municipality or a school: its id, code and name, and for a school its municipality.</summary>
internal sealed record GroupRow(int Id, string Code, string Name, int MunicipalityId);

/// <summary>The region's municipalities and schools in code order.</summary>
internal sealed class RegionLayout(IReadOnlyList<GroupRow> municipalities, IReadOnlyList<GroupRow> schools)
{
    private readonly ILookup<int, GroupRow> _byMunicipality = schools.ToLookup(s => s.MunicipalityId);

    public IReadOnlyList<GroupRow> Municipalities { get; } = municipalities;
    public IReadOnlyList<GroupRow> Schools { get; } = schools;
    public HashSet<int> MunicipalityIds { get; } = municipalities.Select(m => m.Id).ToHashSet();
    public HashSet<int> SchoolIds { get; } = schools.Select(s => s.Id).ToHashSet();

    public IEnumerable<GroupRow> SchoolsOf(int municipalityId) => _byMunicipality[municipalityId];
}
