using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Access;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Data.Registry;

/// <summary>
/// The scoped read side of the registry and the procedures: every page and endpoint reads through it, so the
/// scope is applied here and nowhere else. An object outside the scope is not found (null), never forbidden,
/// so that its existence is not revealed.
/// </summary>
public sealed class RegistryQueries(OrientirDbContext db, AccessScope scope)
{
    public AccessScope Scope { get; } = scope;

    public async Task<RegionSummary> RegionAsync(CancellationToken cancellationToken = default) =>
        new(Scope.IsRegionWide,
            await ScopedMunicipalities().CountAsync(cancellationToken),
            await ScopedSchools().CountAsync(cancellationToken),
            await ScopedProcedures().CountAsync(cancellationToken),
            await ScopedWorks().LongCountAsync(cancellationToken));

    public async Task<IReadOnlyList<MunicipalityRow>> MunicipalitiesAsync(CancellationToken cancellationToken = default)
    {
        var schools = ScopedSchools();
        return await ScopedMunicipalities()
            .OrderBy(m => m.Code)
            .Select(m => new MunicipalityRow(m.Code, m.Name, schools.Count(s => s.MunicipalityId == m.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<MunicipalityDetail?> MunicipalityAsync(string code, CancellationToken cancellationToken = default)
    {
        var municipality = await ScopedMunicipalities().Where(m => m.Code == code)
            .Select(m => new { m.Id, m.Code, m.Name }).SingleOrDefaultAsync(cancellationToken);
        if (municipality is null) return null;
        var schools = await ScopedSchools().Where(s => s.MunicipalityId == municipality.Id)
            .OrderBy(s => s.Code)
            .Select(s => new SchoolRow(s.Code, s.Name, municipality.Code, s.Type, s.Locality, s.Students))
            .ToListAsync(cancellationToken);
        return new MunicipalityDetail(municipality.Code, municipality.Name, schools);
    }

    public async Task<SchoolDetail?> SchoolAsync(string code, CancellationToken cancellationToken = default)
    {
        var school = await ScopedSchools().AsNoTracking().Include(s => s.Municipality)
            .SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (school is null) return null;
        var participation = await db.Works.Where(w => w.SchoolId == school.Id)
            .GroupBy(w => w.ProcedureId)
            .Select(g => new { ProcedureId = g.Key, Participants = g.Count() })
            .ToListAsync(cancellationToken);
        // A procedure known only from per-school forms: the school's form gives its participants.
        var formed = await db.SchoolResultAggregates.Where(a => a.SchoolId == school.Id && a.Participants > 0
                && !db.Works.Any(w => w.ProcedureId == a.ProcedureId))
            .Select(a => new { a.ProcedureId, a.Participants })
            .ToListAsync(cancellationToken);
        participation.AddRange(formed);
        var ids = participation.Select(p => p.ProcedureId).ToList();
        var procedures = await db.Procedures.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var rows = procedures
            .Select(p => new SchoolProcedureRow(p.Code, p.Title, p.Year, participation.Single(x => x.ProcedureId == p.Id).Participants))
            .OrderByDescending(p => p.Year).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new SchoolDetail(school.Code, school.Name, school.Municipality!.Code, school.Municipality.Name,
            school.Type, school.Locality, school.Students, school.Passport, rows);
    }

    /// <summary>The scope's schools by code, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<SchoolRow>> SchoolsAsync(int limit = 500, CancellationToken cancellationToken = default) =>
        await ScopedSchools().OrderBy(s => s.Code).Take(limit)
            .Select(s => new SchoolRow(s.Code, s.Name, s.Municipality!.Code, s.Type, s.Locality, s.Students))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Schools of the scope whose code or name contains <paramref name="text"/>, ignoring case. Filtered in memory:
    /// SQLite's LIKE and lower() fold only ASCII, and Cyrillic names must match whatever the case.
    /// </summary>
    public async Task<IReadOnlyList<SchoolRow>> SearchSchoolsAsync(string text, int limit = 50, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length == 0) return [];
        var candidates = await ScopedSchools()
            .Select(s => new SchoolRow(s.Code, s.Name, s.Municipality!.Code, s.Type, s.Locality, s.Students))
            .ToListAsync(cancellationToken);
        return candidates
            .Where(s => s.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || s.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Code.Equals(text, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>The years of the scope's procedures, newest first, without counting their works.</summary>
    public async Task<IReadOnlyList<int>> ProcedureYearsAsync(CancellationToken cancellationToken = default) =>
        (await ScopedProcedures().Select(p => p.Year).Distinct().ToListAsync(cancellationToken)).OrderDescending().ToList();

    public async Task<IReadOnlyList<ProcedureRow>> ProceduresAsync(CancellationToken cancellationToken = default)
    {
        var works = ScopedWorks();
        var aggregates = ScopedAggregates();
        var rows = await ScopedProcedures()
            .Select(p => new
            {
                Procedure = p, Tasks = p.Tasks.Count, Participants = works.LongCount(w => w.ProcedureId == p.Id),
                Formed = aggregates.Where(a => a.ProcedureId == p.Id).Sum(a => (long?)a.Participants) ?? 0,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ProcedureRow(r.Procedure.Code, r.Procedure.Title, r.Procedure.Kind, r.Procedure.Subject,
                r.Procedure.Grade, r.Procedure.Year, r.Tasks, r.Participants > 0 ? r.Participants : r.Formed))
            .OrderByDescending(p => p.Year).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<ProcedureDetail?> ProcedureAsync(string code, CancellationToken cancellationToken = default)
    {
        var procedure = await ScopedProcedures().AsNoTracking().Include(p => p.Tasks)
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (procedure is null) return null;
        var works = ScopedWorks().Where(w => w.ProcedureId == procedure.Id);
        var participants = await works.LongCountAsync(cancellationToken);
        var schools = await works.Select(w => w.SchoolId).Distinct().CountAsync(cancellationToken);
        if (participants == 0)
        {
            var formed = ScopedAggregates().Where(a => a.ProcedureId == procedure.Id && a.Participants > 0);
            participants = await formed.SumAsync(a => (long?)a.Participants, cancellationToken) ?? 0;
            schools = await formed.CountAsync(cancellationToken);
        }
        var tasks = procedure.Tasks.OrderBy(t => t.Number)
            .Select(t => new TaskRow(t.Number, t.Label, t.MaxScore, t.Level, t.Skills))
            .ToList();
        return new ProcedureDetail(procedure.Code, procedure.Title, procedure.Kind, procedure.Subject, procedure.Grade,
            procedure.Year, procedure.MaxScore, procedure.Thresholds, procedure.MinScore, tasks, participants, schools);
    }

    // Internal so that IndicatorQueries applies this very scope to its rows rather than a copy of it. No AsNoTracking
    // here: a scope is composed into commands' queries too, and EF applies a subquery's no-tracking to the whole query,
    // which would leave the entities a command loads to change silently unsaved. Reads project, so they track nothing.
    internal IQueryable<School> ScopedSchools()
    {
        IQueryable<School> schools = db.Schools;
        if (Scope.MunicipalityId is { } municipalityId) schools = schools.Where(s => s.MunicipalityId == municipalityId);
        if (Scope.SchoolIds is { } schoolIds)
        {
            var ids = schoolIds.ToList();
            schools = schools.Where(s => ids.Contains(s.Id));
        }
        return schools;
    }

    internal IQueryable<Municipality> ScopedMunicipalities()
    {
        if (Scope.IsRegionWide) return db.Municipalities.AsNoTracking();
        if (Scope.MunicipalityId is { } municipalityId) return db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId);
        var schools = ScopedSchools();
        return db.Municipalities.AsNoTracking().Where(m => schools.Any(s => s.MunicipalityId == m.Id));
    }

    private IQueryable<StudentWork> ScopedWorks()
    {
        if (Scope.IsRegionWide) return db.Works.AsNoTracking();
        var schools = ScopedSchools();
        return db.Works.AsNoTracking().Where(w => schools.Any(s => s.Id == w.SchoolId));
    }

    private IQueryable<SchoolResultAggregate> ScopedAggregates()
    {
        if (Scope.IsRegionWide) return db.SchoolResultAggregates.AsNoTracking();
        var schools = ScopedSchools();
        return db.SchoolResultAggregates.AsNoTracking().Where(a => schools.Any(s => s.Id == a.SchoolId));
    }

    /// <summary>
    /// All procedures for a region-wide scope; otherwise the procedures the scope's schools took part in, by their
    /// works or by their per-school forms.
    /// </summary>
    internal IQueryable<AssessmentProcedure> ScopedProcedures()
    {
        if (Scope.IsRegionWide) return db.Procedures.AsNoTracking();
        var works = ScopedWorks();
        var aggregates = ScopedAggregates();
        return db.Procedures.AsNoTracking().Where(p => works.Any(w => w.ProcedureId == p.Id) || aggregates.Any(a => a.ProcedureId == p.Id));
    }
}
