using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Domain.Audit;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>
/// Loads programmes.csv into the catalogue: a programme is known by its title and provider, so the same file again
/// changes nothing and a corrected file updates the programmes in place. Nothing is stored when any row is bad.
/// Who may import is the caller's check (<see cref="CatalogueCommands.ImportAsync"/>, the CLI).
/// </summary>
public sealed class ProgrammeImport(OrientirDbContext db, TimeProvider time)
{
    public const string AuditAction = "staff.catalogue.import";

    public async Task<CatalogueImportOutcome> ImportAsync(string path, string userName, string? fileName = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        var warnings = new List<ImportError>();
        var words = await ProgrammeRules.KnownWordsAsync(db, cancellationToken);
        var rows = ProgrammesCsv.Read(path, fileName ?? ProgrammesCsv.FileName, words, errors, warnings);
        if (errors.Count > 0) return new CatalogueImportOutcome(0, 0, 0, errors);

        var existing = (await db.CourseProgrammes.ToListAsync(cancellationToken)).ToDictionary(p => (p.Title, p.Provider));
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue((row.Input.Title, row.Input.Provider), out var programme))
            {
                if (!ProgrammeRules.Apply(programme, row.Input))
                {
                    unchanged++;
                    continue;
                }
                updated++;
            }
            else
            {
                programme = new CourseProgramme();
                ProgrammeRules.Apply(programme, row.Input);
                db.CourseProgrammes.Add(programme);
                added++;
            }
            programme.UpdatedAtUtc = now;
            programme.UpdatedBy = userName;
        }
        if (added + updated > 0)
        {
            db.Audit.Add(new AuditEntry(now, userName, AuditAction,
                $"file={fileName ?? ProgrammesCsv.FileName} added={added} updated={updated} unchanged={unchanged}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new CatalogueImportOutcome(added, updated, unchanged, []);
    }
}
