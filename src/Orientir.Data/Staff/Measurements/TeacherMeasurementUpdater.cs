using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Schools;
using Orientir.Domain.Audit;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff.Measurements;

/// <summary>
/// Recomputes every teacher's measurements (diagnostic competences and results skills) with the methodology in force
/// and stores them as <see cref="Domain.Staff.TeacherMeasurement"/> rows. Runs after every successful import and on demand.
/// The table is made equal to the computation unit by unit — a year's diagnostics, then each procedure of the year — new
/// rows inserted, changed ones updated, vanished ones deleted (also those of procedures no longer measured), so memory is
/// bounded by one procedure and a run on unchanged data writes nothing, not even an audit entry; the whole run is one
/// transaction.
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
        var counts = new Counts();
        var stamp = new Stamp(methodology.Id, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var number in years)
        {
            await SyncAsync(await calculation.DiagnosticsAsync(number, cancellationToken),
                db.TeacherMeasurements.Where(m => m.Year == number && m.Source == MeasurementSource.Diagnostic), stamp, counts, cancellationToken);
            var year = await calculation.YearAsync(number, cancellationToken);
            for (var i = 0; i < year.Procedures.Count; i++)
            {
                var procedure = year.Procedures[i];
                progress?.Report(new MeasurementProgress(number, i + 1, year.Procedures.Count, procedure.Code));
                await SyncAsync(await calculation.ProcedureAsync(year, procedure, cancellationToken),
                    db.TeacherMeasurements.Where(m => m.Year == number && m.Source == MeasurementSource.Results && m.ProcedureCode == procedure.Code),
                    stamp, counts, cancellationToken);
            }
            // Results rows of procedures the year no longer measures (gone, or no teacher linked to their subject).
            var measured = year.Procedures.Select(p => p.Code).ToList();
            counts.Deleted += await db.TeacherMeasurements
                .Where(m => m.Year == number && m.Source == MeasurementSource.Results && !measured.Contains(m.ProcedureCode))
                .ExecuteDeleteAsync(cancellationToken);
        }
        var (inserted, updated, deleted) = (counts.Inserted, counts.Updated, counts.Deleted);
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

    private sealed class Counts
    {
        public int Inserted, Updated, Deleted;
    }

    private sealed record Stamp(int MethodologyId, DateTime Now);

    /// <summary>
    /// Makes the stored rows of one unit (a year's diagnostics, or one procedure of a year) equal to its computed rows and
    /// saves them, so memory holds one unit at a time. Stored rows are read untracked: only the changed ones are attached.
    /// </summary>
    private async Task SyncAsync(IReadOnlyList<MeasurementRow> rows, IQueryable<TeacherMeasurement> stored, Stamp stamp, Counts counts,
        CancellationToken cancellationToken)
    {
        var byKey = (await stored.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(m => (m.TeacherId, m.Source, m.Code, m.ProcedureCode));
        foreach (var row in rows)
        {
            if (byKey.Remove(row.Key, out var existing))
            {
                if (Same(existing, row, stamp.MethodologyId)) continue;
                Apply(existing, row, stamp.MethodologyId, stamp.Now);
                db.TeacherMeasurements.Update(existing);
                counts.Updated++;
            }
            else
            {
                var measurement = new TeacherMeasurement { TeacherId = row.TeacherId, Year = row.Year, Source = row.Source, Code = row.Code };
                Apply(measurement, row, stamp.MethodologyId, stamp.Now);
                db.TeacherMeasurements.Add(measurement);
                counts.Inserted++;
            }
        }
        db.TeacherMeasurements.RemoveRange(byKey.Values);
        counts.Deleted += byKey.Count;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
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
