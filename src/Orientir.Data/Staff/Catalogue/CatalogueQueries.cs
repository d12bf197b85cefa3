using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>The catalogue as everyone signed in reads it: it holds no personal data, so it has no scope.</summary>
public sealed class CatalogueQueries(OrientirDbContext db)
{
    /// <summary>
    /// Programmes whose title, provider or registry number contains <paramref name="text"/> and one of whose targets
    /// addresses <paramref name="target"/> (<see cref="ProgrammeTargets.Addresses"/>); active first, then by title.
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeRow>> ProgrammesAsync(string? text = null, string? target = null, bool activeOnly = false,
        CancellationToken cancellationToken = default)
    {
        var all = await db.CourseProgrammes.AsNoTracking().ToListAsync(cancellationToken);
        var needle = text?.Trim() ?? "";
        var code = target?.Trim() ?? "";
        return all
            .Where(p => !activeOnly || p.IsActive)
            .Where(p => needle.Length == 0 || p.Title.Contains(needle, StringComparison.OrdinalIgnoreCase)
                        || p.Provider.Contains(needle, StringComparison.OrdinalIgnoreCase)
                        || (p.RegistryNumber?.Contains(needle, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(p => code.Length == 0 || ProgrammeTargets.AnyAddresses(p.TargetList, code))
            .OrderByDescending(p => p.IsActive).ThenBy(p => p.Title, StringComparer.CurrentCulture).ThenBy(p => p.Provider, StringComparer.CurrentCulture)
            .Select(ProgrammeRows.Of)
            .ToList();
    }

    public async Task<ProgrammeRow?> ProgrammeAsync(int id, CancellationToken cancellationToken = default) =>
        await db.CourseProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } p ? ProgrammeRows.Of(p) : null;

    /// <summary>The competences in code order, each with the number of active programmes that name it among their targets.</summary>
    public async Task<IReadOnlyList<CompetenceRow>> CompetencesAsync(CancellationToken cancellationToken = default)
    {
        var competences = await db.Competences.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var targets = await db.CourseProgrammes.AsNoTracking().Where(p => p.IsActive).Select(p => p.Targets).ToListAsync(cancellationToken);
        var lists = targets.Select(ProgrammeTargets.Split).ToList();
        return competences.Select(c => new CompetenceRow(c.Code, c.Name, lists.Count(l => l.Contains(ProgrammeTargets.Normalize(c.Code))))).ToList();
    }
}
