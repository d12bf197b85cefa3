using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Domain.Audit;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>
/// Loads a rules file: a rule is known by its code, so the same file again changes nothing and a corrected file updates
/// its rules in place; rules the file does not name stay as they are (switch one off with <c>active</c> = 0). Nothing is
/// stored when any row is bad. Who may import is the caller's check (<see cref="RecommendationRuleCommands"/>, the CLI).
/// </summary>
public sealed class RecommendationRuleImport(OrientirDbContext db, TimeProvider time)
{
    public const string AuditAction = "report.rules.import";

    public async Task<CatalogueImportOutcome> ImportAsync(string path, string userName, string? fileName = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        var name = fileName ?? RecommendationRulesCsv.FileName;
        var rows = RecommendationRulesCsv.Read(path, name, errors, []);
        if (errors.Count > 0) return new CatalogueImportOutcome(0, 0, 0, errors);

        var existing = await db.RecommendationRules.ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0, unchanged = 0;
        var changed = new List<string>();
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Input.Code, out var rule))
            {
                if (!RecommendationRuleFields.Apply(rule, row.Input))
                {
                    unchanged++;
                    continue;
                }
                updated++;
            }
            else
            {
                rule = new RecommendationRuleRecord();
                RecommendationRuleFields.Apply(rule, row.Input);
                db.RecommendationRules.Add(rule);
                added++;
            }
            rule.UpdatedAtUtc = now;
            rule.UpdatedBy = userName;
            changed.Add(rule.Code);
        }
        if (added + updated > 0)
        {
            db.Audit.Add(new AuditEntry(now, userName, AuditAction,
                $"file={name} added={added} updated={updated} unchanged={unchanged} rules={string.Join(',', changed)}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new CatalogueImportOutcome(added, updated, unchanged, []);
    }
}
