using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Domain.Results;

namespace Orientir.Data.Results;

/// <summary>
/// Reads one procedure's works into the calculator's columns with one plain query of the five columns it needs:
/// a region-year is hundreds of thousands of works, and materialising entities for them would cost more than
/// the indicators themselves.
/// </summary>
internal static class ProcedureWorksLoader
{
    public static ProcedureDesign Design(AssessmentProcedure procedure) => new(
        procedure.Code, procedure.Kind, procedure.Subject, procedure.Grade, procedure.Year, procedure.MaxScore,
        procedure.Thresholds, procedure.MinScore,
        procedure.Tasks.OrderBy(t => t.Number).Select(t => new TaskDesign(t.Label, t.MaxScore, t.Level, t.Skills)).ToList());

    /// <summary>
    /// What changes on any re-import of the procedure: its own and its tasks' import batches (a new mark scale
    /// re-marks the works in place, and comes with a new procedure batch), and its works' largest id and number.
    /// Works are replaced as a whole and ids are never reused (SQLite AUTOINCREMENT, PostgreSQL identity), so new
    /// works always raise the largest id; both are read from the (ProcedureId, SchoolId) index without the rows.
    /// </summary>
    public static async Task<WorksVersion> VersionAsync(OrientirDbContext db, AssessmentProcedure procedure, CancellationToken cancellationToken)
    {
        var works = await db.Works.Where(w => w.ProcedureId == procedure.Id)
            .GroupBy(w => w.ProcedureId)
            .Select(g => new { Last = g.Max(w => w.Id), Count = g.Count() })
            .SingleOrDefaultAsync(cancellationToken);
        var tasks = procedure.Tasks.Count == 0 ? 0 : procedure.Tasks.Max(t => t.ImportBatchId);
        return new WorksVersion(procedure.ImportBatchId, tasks, works?.Last ?? 0, works?.Count ?? 0);
    }

    /// <param name="studentKeys">When given, the works' student ids are read too and numbered through it, so that the
    /// works of one load link across procedures (<see cref="ProcedureWorks.StudentKeys"/>).</param>
    public static async Task<ProcedureWorks> LoadAsync(OrientirDbContext db, int procedureId, ProcedureDesign design, int expectedCount,
        CancellationToken cancellationToken, Dictionary<string, int>? studentKeys = null)
    {
        var taskCount = design.Tasks.Count;
        var schoolIds = new List<int>(expectedCount);
        var primary = new List<int>(expectedCount);
        var marks = new List<byte>(expectedCount);
        var journal = new List<byte>(expectedCount);
        var scores = new byte[Math.Max(expectedCount, 1) * taskCount];
        var students = studentKeys is null ? null : new List<int>(expectedCount);
        var row = 0;

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                "SELECT \"SchoolId\", \"PrimaryScore\", \"Mark\", \"JournalMark\", \"Scores\"" +
                (students is null ? "" : ", \"Student\"") + " FROM \"Works\" WHERE \"ProcedureId\" = @procedure";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@procedure";
            parameter.Value = procedureId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                schoolIds.Add(reader.GetInt32(0));
                primary.Add(reader.GetInt32(1));
                marks.Add(SmallOrZero(reader, 2));
                journal.Add(SmallOrZero(reader, 3));
                if ((row + 1) * taskCount > scores.Length) Array.Resize(ref scores, Math.Max(scores.Length * 2, (row + 1) * taskCount));
                var offset = row * taskCount;
                var read = taskCount == 0 ? 0 : (int)reader.GetBytes(4, 0, scores, offset, taskCount);
                // A work stored before a task was added to the design has no score for it: not done.
                for (var t = read; t < taskCount; t++) scores[offset + t] = StudentWork.NotDone;
                if (students is not null) students.Add(KeyOf(reader, studentKeys!));
                row++;
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
        if (scores.Length != row * taskCount) Array.Resize(ref scores, row * taskCount);
        return new ProcedureWorks(design, [.. schoolIds], [.. primary], [.. marks], [.. journal], scores, students?.ToArray());
    }

    private static int KeyOf(DbDataReader reader, Dictionary<string, int> keys)
    {
        if (reader.IsDBNull(5)) return ProcedureWorks.NoStudent;
        var student = reader.GetString(5);
        if (!keys.TryGetValue(student, out var key)) keys.Add(student, key = keys.Count);
        return key;
    }

    private static byte SmallOrZero(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? (byte)0 : (byte)reader.GetInt16(ordinal);
}

/// <summary>What a procedure's cached statistics were computed from; any re-import of it changes one of these.</summary>
internal readonly record struct WorksVersion(long Procedure, long Tasks, long LastWork, int Count);
