using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Registry;
using Orientir.Domain.Access;
using Orientir.Domain.Schools;

namespace Orientir.Data.Schools;

/// <summary>
/// The scoped read side of the published school lists (ШНОР, ШНСУ, resilient, non-objective) and of each school's
/// context, effect and markers. A run is read in the scope of <see cref="RegistryQueries"/>: a municipal officer sees
/// the rows of their municipality's schools, a school leader their school's; a school out of scope is not found.
/// The runs themselves (year, methodology version) are public to every signed-in user.
/// </summary>
public sealed class SchoolListQueries(OrientirDbContext db, AccessScope scope)
{
    private readonly RegistryQueries _registry = new(db, scope);

    public AccessScope Scope { get; } = scope;

    /// <summary>The runs in force, one per year (the newest of each year), the newest year first.</summary>
    public async Task<IReadOnlyList<SchoolAnalysisRunInfo>> RunsAsync(CancellationToken cancellationToken = default)
    {
        var runs = await RunInfos(db.SchoolAnalysisRuns).ToListAsync(cancellationToken);
        return runs.GroupBy(r => r.Year).Select(g => g.MaxBy(r => r.Id)!).OrderByDescending(r => r.Year).ToList();
    }

    /// <summary>Every run of a year, the one in force first: the history of the year's lists.</summary>
    public async Task<IReadOnlyList<SchoolAnalysisRunInfo>> HistoryAsync(int year, CancellationToken cancellationToken = default) =>
        (await RunInfos(db.SchoolAnalysisRuns.Where(r => r.Year == year)).ToListAsync(cancellationToken)).OrderByDescending(r => r.Id).ToList();

    /// <summary>The run in force for <paramref name="year"/>, or for the newest year when none is given.</summary>
    public async Task<SchoolAnalysisRunInfo?> RunAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        var runs = await RunsAsync(cancellationToken);
        return year is null ? runs.FirstOrDefault() : runs.FirstOrDefault(r => r.Year == year);
    }

    /// <summary>The scope's schools in a run, by code.</summary>
    public async Task<IReadOnlyList<SchoolAnalysisRow>> RowsAsync(int runId, CancellationToken cancellationToken = default)
    {
        var schools = _registry.ScopedSchools();
        var rows = await (
            from entry in db.SchoolAnalysisEntries.AsNoTracking()
            join school in schools on entry.SchoolId equals school.Id
            where entry.RunId == runId
            orderby school.Code
            select new { entry, school.Code, school.Name, MunicipalityCode = school.Municipality!.Code, MunicipalityName = school.Municipality.Name, school.Type })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Row(r.entry, r.Code, r.Name, r.MunicipalityCode, r.MunicipalityName, r.Type)).ToList();
    }

    /// <summary>The scope's markers in a run (raised and not), for the table of markers per school and procedure.</summary>
    public async Task<IReadOnlyList<MarkerRow>> MarkersAsync(int runId, bool raisedOnly = false, CancellationToken cancellationToken = default)
    {
        var schools = _registry.ScopedSchools();
        var markers = db.ObjectivityMarkers.AsNoTracking().Where(m => m.RunId == runId);
        if (raisedOnly) markers = markers.Where(m => m.Raised);
        var rows = await (
            from marker in markers
            join school in schools on marker.SchoolId equals school.Id
            orderby school.Code, marker.ProcedureCode, marker.Kind
            select new { marker, school.Code })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Marker(r.marker, r.Code)).ToList();
    }

    /// <summary>One school in the run in force of a year (the newest year when none is given); null when out of scope or not analysed.</summary>
    public async Task<SchoolAnalysisDetail?> SchoolAsync(string code, int? year = null, CancellationToken cancellationToken = default)
    {
        var run = await RunAsync(year, cancellationToken);
        if (run is null) return null;
        var found = await (
            from entry in db.SchoolAnalysisEntries.AsNoTracking()
            join school in _registry.ScopedSchools() on entry.SchoolId equals school.Id
            where entry.RunId == run.Id && school.Code == code
            select new { entry, school.Code, school.Name, MunicipalityCode = school.Municipality!.Code, MunicipalityName = school.Municipality.Name, school.Type })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var markers = await db.ObjectivityMarkers.AsNoTracking()
            .Where(m => m.RunId == run.Id && m.SchoolId == found.entry.SchoolId)
            .OrderBy(m => m.ProcedureCode).ThenBy(m => m.Kind)
            .ToListAsync(cancellationToken);
        return new SchoolAnalysisDetail(run, Row(found.entry, found.Code, found.Name, found.MunicipalityCode, found.MunicipalityName, found.Type),
            markers.Select(m => Marker(m, found.Code)).ToList());
    }

    private static IQueryable<SchoolAnalysisRunInfo> RunInfos(IQueryable<SchoolAnalysisRun> runs) =>
        runs.AsNoTracking()
            .Select(r => new SchoolAnalysisRunInfo(r.Id, r.Year, r.MethodologyVersion!.Number, r.CreatedBy, r.CreatedAtUtc, r.SummaryJson));

    private static SchoolAnalysisRow Row(SchoolAnalysisEntry e, string code, string name, string municipalityCode, string municipalityName,
        Domain.Registry.SchoolType type) =>
        new(code, name, municipalityCode, municipalityName, type,
            e.ContextIndex, e.ContextPercentile, e.Cluster, e.Unfavourable,
            e.LevelWorks, e.LevelEffect, e.LevelLower, e.LevelUpper,
            e.GrowthWorks, e.GrowthEffect, e.GrowthLower, e.GrowthUpper,
            e.LowResultsComposite, e.LowResults, e.Resilient,
            e.NonObjective, e.MarkedProcedures, e.Markers,
            EvidenceJson.ReadSections(e.EvidenceJson));

    private static MarkerRow Marker(ObjectivityMarkerRecord m, string schoolCode) =>
        new(schoolCode, m.ProcedureCode, m.Kind, m.Statistic, m.Raised, EvidenceJson.ReadList(m.EvidenceJson));
}
