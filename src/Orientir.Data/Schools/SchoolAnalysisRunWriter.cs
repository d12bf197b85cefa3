using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Schools;

namespace Orientir.Data.Schools;

/// <summary>
/// Publishes a run: the run, its school entries and markers in one transaction, with an audit entry. Earlier runs
/// of the year stay as history; the new one is in force.
/// </summary>
public static class SchoolAnalysisRunWriter
{
    public const string AuditAction = "schools.publish";

    public static async Task<int> WriteAsync(OrientirDbContext db, SchoolAnalysisRun run,
        IReadOnlyList<SchoolAnalysisEntry> entries, IReadOnlyList<ObjectivityMarkerRecord> markers, string auditDetails,
        CancellationToken cancellationToken = default)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.SchoolAnalysisRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var entry in entries) entry.RunId = run.Id;
            foreach (var marker in markers) marker.RunId = run.Id;
            db.SchoolAnalysisEntries.AddRange(entries);
            db.ObjectivityMarkers.AddRange(markers);
            db.Audit.Add(new AuditEntry(run.CreatedAtUtc, run.CreatedBy, AuditAction, $"year={run.Year} run={run.Id} {auditDetails}"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
        return run.Id;
    }
}
