using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Audit;

namespace Orientir.Data.Support.Indicators;

/// <summary>
/// Keeps every system indicator of every school document measured: its value in the newest results year after the
/// document's year (<see cref="SystemIndicators.LatestAfterAsync"/>). Runs after every successful import and may be run
/// on its own; an indicator whose value and year are unchanged is left as it is, so a run that finds nothing new writes
/// nothing, not even an audit entry.
/// </summary>
public sealed class SystemIndicatorUpdater(OrientirDbContext db, TimeProvider time)
{
    public const string AuditAction = "support.indicators.update";

    /// <summary>Updates the measured values; returns how many indicators changed.</summary>
    public async Task<int> UpdateAsync(string userName, CancellationToken cancellationToken = default)
    {
        var indicators = await (from i in db.ProgrammeIndicators
                                where i.SystemCode != null
                                join d in db.SupportDocuments on i.DocumentId equals d.Id
                                select new { Indicator = i, d.SchoolId, d.Year }).ToListAsync(cancellationToken);
        if (indicators.Count == 0) return 0;
        var measure = new SystemIndicators(db);
        var now = time.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var row in indicators)
        {
            if (await measure.LatestAfterAsync(row.SchoolId, row.Indicator.SystemCode!, row.Year, cancellationToken) is not { } latest) continue;
            if (row.Indicator.Measured == latest.Value && row.Indicator.MeasuredYear == latest.Year) continue;
            row.Indicator.Measured = latest.Value;
            row.Indicator.MeasuredYear = latest.Year;
            row.Indicator.MeasuredAtUtc = now;
            changed++;
        }
        if (changed == 0) return 0;
        db.Audit.Add(new AuditEntry(now, userName, AuditAction, $"indicators={changed}"));
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
