using Microsoft.EntityFrameworkCore;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Data.Registry;
using Orientir.Domain.Access;
using Orientir.Domain.Results;

namespace Orientir.Data.Results;

public enum IndicatorLevel
{
    Region,
    Municipality,
    School,
}

/// <summary>One group's indicators in one procedure.</summary>
public sealed record LevelIndicators(IndicatorLevel Level, string Code, string Name, ProcedureIndicators Indicators);

/// <summary>
/// A procedure's indicators at every level the scope sees: the region (always, as the baseline every group is
/// compared with), each municipality and each school in scope.
/// </summary>
public sealed record ProcedureIndicatorSet(
    ProcedureDesign Design,
    LevelIndicators Region,
    IReadOnlyList<LevelIndicators> Municipalities,
    IReadOnlyList<LevelIndicators> Schools);

/// <summary>A series of the same procedure kind, subject and grade over the years, for one group.</summary>
public sealed record DynamicsSeries(string Title, IReadOnlyList<DynamicsPoint> Points);

/// <summary>
/// The scoped read side of the indicators: pages, the API and the CLI read through it. Schools and municipalities
/// out of scope are neither listed nor found (null). The scope is <see cref="RegistryQueries"/>' own; the region
/// is always the sum of all its schools, whatever the scope, because it is the baseline everyone compares with.
/// Groups without a single work in a procedure are left out; groups under the suppression minimum are listed
/// with their participants only (<see cref="GroupStatus.Suppressed"/>). A procedure without works but with schools'
/// aggregates is read from them (IndicatorQueries.Aggregates.cs).
/// </summary>
public sealed partial class IndicatorQueries(OrientirDbContext db, AccessScope scope, IndicatorSettings settings)
{
    /// <summary>The code and name of the region's row.</summary>
    public const string RegionCode = "region";
    public const string RegionName = "Регион";

    public AccessScope Scope { get; } = scope;
    public IndicatorSettings Settings { get; } = settings;
    internal OrientirDbContext Db { get; } = db;

    public async Task<ProcedureIndicatorSet?> ProcedureAsync(string procedureCode, CancellationToken cancellationToken = default)
    {
        var registry = new RegistryQueries(Db, Scope);
        var procedure = await registry.ScopedProcedures().Include(p => p.Tasks)
            .SingleOrDefaultAsync(p => p.Code == procedureCode, cancellationToken);
        if (procedure is null) return null;
        var layout = await LayoutAsync(registry, cancellationToken);
        return await SetAsync(procedure, layout, cancellationToken);
    }

    /// <summary>Every procedure of the year (or the one given), in code order.</summary>
    public async Task<IReadOnlyList<ProcedureIndicatorSet>> YearAsync(int year, string? procedureCode = null, CancellationToken cancellationToken = default)
    {
        var registry = new RegistryQueries(Db, Scope);
        var query = registry.ScopedProcedures().Include(p => p.Tasks).Where(p => p.Year == year);
        if (procedureCode is not null) query = query.Where(p => p.Code == procedureCode);
        var procedures = (await query.ToListAsync(cancellationToken)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        if (procedures.Count == 0) return [];
        var layout = await LayoutAsync(registry, cancellationToken);
        var sets = new List<ProcedureIndicatorSet>(procedures.Count);
        foreach (var procedure in procedures)
            sets.Add(await SetAsync(procedure, layout, cancellationToken));
        return sets;
    }

    /// <summary>One group's series (region: code ignored), one per procedure kind × subject × grade; null when out of scope.</summary>
    public async Task<IReadOnlyList<DynamicsSeries>?> DynamicsAsync(IndicatorLevel level, string? code, CancellationToken cancellationToken = default)
    {
        var registry = new RegistryQueries(Db, Scope);
        var layout = await LayoutAsync(registry, cancellationToken);
        HashSet<int>? groupSchools = null;
        switch (level)
        {
            case IndicatorLevel.Municipality:
                var municipality = layout.Municipalities.FirstOrDefault(m => m.Code == code && layout.ScopedMunicipalities.Contains(m.Id));
                if (municipality is null) return null;
                groupSchools = layout.Schools.Where(s => s.MunicipalityId == municipality.Id).Select(s => s.Id).ToHashSet();
                break;
            case IndicatorLevel.School:
                var school = layout.Schools.FirstOrDefault(s => s.Code == code && layout.ScopedSchools.Contains(s.Id));
                if (school is null) return null;
                groupSchools = [school.Id];
                break;
        }

        var procedures = await Db.Procedures.AsNoTracking().Include(p => p.Tasks).ToListAsync(cancellationToken);
        var points = new List<(ProcedureDesign Design, ProcedureIndicators Indicators)>();
        foreach (var procedure in procedures)
        {
            if (await DynamicsIndicatorsAsync(procedure, groupSchools, cancellationToken) is { } indicators)
                points.Add((ProcedureWorksLoader.Design(procedure), indicators));
        }
        return points
            .GroupBy(p => (p.Design.Kind, p.Design.Subject, p.Design.Grade))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Subject, StringComparer.Ordinal).ThenBy(g => g.Key.Grade)
            .Select(g => new DynamicsSeries(
                $"{g.Key.Kind.Russian()} {ResultsNames.SubjectName(g.Key.Subject)}, {g.Key.Grade} класс",
                IndicatorCalculator.Dynamics(g, Settings)))
            .ToList();
    }

    /// <summary>
    /// Brings every procedure's cached statistics up to date, so that the next page opens without reading works: what
    /// a job after an import calls. Returns the number of procedures recomputed: those the import changed, no others.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var procedures = await Db.Procedures.AsNoTracking().Include(p => p.Tasks).ToListAsync(cancellationToken);
        var recomputed = 0;
        foreach (var procedure in procedures)
        {
            var (_, computed) = await StatsAndWhetherComputedAsync(procedure, cancellationToken);
            if (computed) recomputed++;
        }
        return recomputed;
    }

    private ProcedureIndicatorSet Set(IndicatorCache.Entry entry, Layout layout)
    {
        var design = entry.Design;
        var bySchool = entry.BySchool;
        var region = new LevelIndicators(IndicatorLevel.Region, RegionCode, RegionName,
            IndicatorCalculator.Indicators(design, IndicatorCalculator.Sum(design, bySchool.Values), Settings));

        var municipalities = new List<LevelIndicators>();
        foreach (var municipality in layout.Municipalities)
        {
            if (!layout.ScopedMunicipalities.Contains(municipality.Id)) continue;
            var stats = new ResultStats(design.Tasks.Count, design.MaxScore);
            foreach (var school in layout.SchoolsOf(municipality.Id))
                if (bySchool.TryGetValue(school.Id, out var schoolStats)) stats.Add(schoolStats);
            if (stats.Participants == 0) continue;
            municipalities.Add(new LevelIndicators(IndicatorLevel.Municipality, municipality.Code, municipality.Name,
                IndicatorCalculator.Indicators(design, stats, Settings)));
        }

        var schools = new List<LevelIndicators>();
        foreach (var school in layout.Schools)
        {
            if (!layout.ScopedSchools.Contains(school.Id) || !bySchool.TryGetValue(school.Id, out var stats)) continue;
            schools.Add(new LevelIndicators(IndicatorLevel.School, school.Code, school.Name,
                IndicatorCalculator.Indicators(design, stats, Settings)));
        }
        return new ProcedureIndicatorSet(design, region, municipalities, schools);
    }

    private async Task<IndicatorCache.Entry> StatsAsync(AssessmentProcedure procedure, CancellationToken cancellationToken) =>
        (await StatsAndWhetherComputedAsync(procedure, cancellationToken)).Entry;

    private async Task<(IndicatorCache.Entry Entry, bool Computed)> StatsAndWhetherComputedAsync(AssessmentProcedure procedure,
        CancellationToken cancellationToken)
    {
        var database = Db.Database.GetConnectionString() ?? "";
        var version = await ProcedureWorksLoader.VersionAsync(Db, procedure, cancellationToken);
        if (IndicatorCache.Shared.Find(database, procedure.Id, version) is { } cached) return (cached, false);
        var design = ProcedureWorksLoader.Design(procedure);
        var works = await ProcedureWorksLoader.LoadAsync(Db, procedure.Id, design, version.Count, cancellationToken);
        var entry = new IndicatorCache.Entry(version, design, IndicatorCalculator.BySchool(works));
        IndicatorCache.Shared.Store(database, procedure.Id, entry);
        return (entry, true);
    }

    private async Task<Layout> LayoutAsync(RegistryQueries registry, CancellationToken cancellationToken)
    {
        var database = Db.Database.GetConnectionString() ?? "";
        var lastBatch = await Db.ImportBatches.MaxAsync(b => (long?)b.Id, cancellationToken) ?? 0;
        var region = IndicatorCache.Shared.FindLayout(database, lastBatch);
        if (region is null)
        {
            var municipalities = (await Db.Municipalities.AsNoTracking().Select(m => new GroupRow(m.Id, m.Code, m.Name, m.Id))
                .ToListAsync(cancellationToken)).OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
            var schools = (await Db.Schools.AsNoTracking().Select(s => new GroupRow(s.Id, s.Code, s.Name, s.MunicipalityId))
                .ToListAsync(cancellationToken)).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
            region = new RegionLayout(municipalities, schools);
            IndicatorCache.Shared.StoreLayout(database, lastBatch, region);
        }
        if (Scope.IsRegionWide) return new Layout(region, region.MunicipalityIds, region.SchoolIds);
        var scopedSchools = (await registry.ScopedSchools().Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var scopedMunicipalities = (await registry.ScopedMunicipalities().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        return new Layout(region, scopedMunicipalities, scopedSchools);
    }

    /// <summary>The region's municipalities and schools, and which of them the scope sees.</summary>
    private sealed record Layout(RegionLayout Region, HashSet<int> ScopedMunicipalities, HashSet<int> ScopedSchools)
    {
        public IReadOnlyList<GroupRow> Municipalities => Region.Municipalities;
        public IReadOnlyList<GroupRow> Schools => Region.Schools;
        public IEnumerable<GroupRow> SchoolsOf(int municipalityId) => Region.SchoolsOf(municipalityId);
    }
}
