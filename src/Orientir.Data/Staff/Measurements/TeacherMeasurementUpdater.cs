using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Audit;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Measurements;

/// <summary>
/// Recomputes every teacher's measurements (diagnostic competences and results skills) with the methodology in force
/// and stores them as <see cref="Domain.Staff.TeacherMeasurement"/> rows. Runs after every successful import and on demand.
/// The table is made equal to the computation year by year — new rows inserted, changed ones updated, vanished ones
/// deleted — so a run on unchanged data writes nothing, not even an audit entry; the whole run is one transaction.
/// </summary>
public sealed class TeacherMeasurementUpdater(OrientirDbContext db, TimeProvider time)
{
    public const string AuditAction = "staff.measurements.update";

    /// <summary>Recomputes the measurements; returns how many rows changed.</summary>
    public Task<int> UpdateAsync(string userName, CancellationToken cancellationToken = default) =>
        UpdateAsync(userName, null, cancellationToken);

    /// <summary>Recomputes the measurements, reporting each procedure as it is measured; returns how many rows changed.</summary>
    public async Task<int> UpdateAsync(string userName, IProgress<MeasurementProgress>? progress, CancellationToken cancellationToken = default)
    {
        var methodology = await new MethodologyStore(db).CurrentAsync(cancellationToken);
        var calculation = new YearMeasurements(db, methodology.Settings.Staff);
        var years = (await db.TeacherDiagnostics.Select(d => d.Year).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.TeacherClasses.Select(c => c.Year).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.TeacherMeasurements.Select(m => m.Year).Distinct().ToListAsync(cancellationToken))
            .Distinct().Order().ToList();
        var now = time.GetUtcNow().UtcDateTime;
        int inserted = 0, updated = 0, deleted = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var year in years)
        {
            var rows = await calculation.ComputeAsync(year, progress, cancellationToken);
            var stored = await db.TeacherMeasurements.Where(m => m.Year == year).ToListAsync(cancellationToken);
            var byKey = stored.ToDictionary(m => (m.TeacherId, m.Source, m.Code, m.ProcedureCode));
            foreach (var row in rows)
            {
                if (byKey.Remove(row.Key, out var existing))
                {
                    if (Same(existing, row, methodology.Id)) continue;
                    Apply(existing, row, methodology.Id, now);
                    updated++;
                }
                else
                {
                    var measurement = new TeacherMeasurement { TeacherId = row.TeacherId, Year = year, Source = row.Source, Code = row.Code };
                    Apply(measurement, row, methodology.Id, now);
                    db.TeacherMeasurements.Add(measurement);
                    inserted++;
                }
            }
            db.TeacherMeasurements.RemoveRange(byKey.Values);
            deleted += byKey.Count;
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        var changed = inserted + updated + deleted;
        if (changed > 0)
        {
            db.Audit.Add(new AuditEntry(now, userName, AuditAction,
                $"inserted={inserted} updated={updated} deleted={deleted} methodology={methodology.Number}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static bool Same(TeacherMeasurement stored, MeasurementRow row, int methodologyId) =>
        stored.Subject == row.Subject && stored.Value.Equals(row.Value) && stored.Reference.Equals(row.Reference)
        && stored.IsDeficit == row.IsDeficit && stored.Works == row.Works && stored.EvidenceJson == row.EvidenceJson
        && stored.MethodologyVersionId == methodologyId;

    private static void Apply(TeacherMeasurement measurement, MeasurementRow row, int methodologyId, DateTime now)
    {
        measurement.Subject = row.Subject;
        measurement.ProcedureCode = row.ProcedureCode;
        measurement.Value = row.Value;
        measurement.Reference = row.Reference;
        measurement.IsDeficit = row.IsDeficit;
        measurement.Works = row.Works;
        measurement.EvidenceJson = row.EvidenceJson;
        measurement.MethodologyVersionId = methodologyId;
        measurement.ComputedAtUtc = now;
    }
}
