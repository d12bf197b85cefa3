using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Domain.Audit;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>
/// Loads a synonym file: a synonym is known by its normalized name, so the same file again changes nothing and a
/// corrected file changes its names' subjects in place; names the file does not mention stay (a synonym is removed on
/// the page or through the API). Nothing is stored when any row is bad. Who may import is the caller's check
/// (<see cref="SubjectSynonymCommands"/>, the CLI).
/// </summary>
public sealed class SubjectSynonymImport(OrientirDbContext db, TimeProvider time)
{
    public const string AuditAction = "subjects.synonyms.import";

    public async Task<CatalogueImportOutcome> ImportAsync(string path, string userName, string? fileName = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        var name = fileName ?? SubjectSynonymsCsv.FileName;
        var rows = SubjectSynonymsCsv.Read(path, name, errors, []);
        if (errors.Count > 0) return new CatalogueImportOutcome(0, 0, 0, errors);

        var existing = await db.SubjectSynonyms.ToDictionaryAsync(s => s.Name, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow();
        int added = 0, updated = 0, unchanged = 0;
        var changed = new List<string>();
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Name, out var synonym))
            {
                if (synonym.Subject == row.Subject)
                {
                    unchanged++;
                    continue;
                }
                synonym.Change(row.Subject, userName, now);
                updated++;
            }
            else
            {
                db.SubjectSynonyms.Add(new SubjectSynonym(row.Name, row.Subject, userName, now));
                added++;
            }
            changed.Add($"{row.Name}={row.Subject}");
        }
        if (added + updated > 0)
        {
            db.Audit.Add(new AuditEntry(now.UtcDateTime, userName, AuditAction,
                $"file={name} added={added} updated={updated} unchanged={unchanged} synonyms={string.Join(',', changed)}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new CatalogueImportOutcome(added, updated, unchanged, []);
    }
}
