using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Results;

namespace Orientir.Data.Import;

internal sealed class StoredProcedure
{
    public required int Id { get; init; }
    public required int MaxScore { get; init; }
    public ProcedureKind Kind { get; init; }
    public required MarkThresholds? Thresholds { get; init; }
    public required List<TaskRow> Tasks { get; init; }
    public bool HasWorks { get; set; }
}

/// <summary>
/// What the database already holds that a package may refer to or replace: registry codes, procedures with
/// their task designs, and the hash of the last import of every file name.
/// </summary>
internal sealed class DatabaseSnapshot
{
    public Dictionary<string, int> Municipalities { get; private init; } = [];
    public Dictionary<string, int> Schools { get; private init; } = [];
    public Dictionary<string, StoredProcedure> Procedures { get; private init; } = [];
    /// <summary>Subjects of the stored procedures: the codes teachers' subjects must use.</summary>
    public HashSet<string> Subjects { get; private init; } = [];
    public HashSet<string> TeacherCodes { get; private init; } = [];
    public HashSet<string> Competences { get; private init; } = [];
    /// <summary>File name → SHA-256 and rows of its latest import.</summary>
    public Dictionary<string, (string Sha256, int Rows)> LatestImports { get; private init; } = [];
    /// <summary>The newest batch when the snapshot was taken: the writer refuses to go on if another import came since.</summary>
    public long? LastBatchId { get; private init; }

    public static async Task<DatabaseSnapshot> LoadAsync(OrientirDbContext context, CancellationToken cancellationToken)
    {
        var municipalities = await context.Municipalities.AsNoTracking()
            .ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.Ordinal, cancellationToken);
        var schools = await context.Schools.AsNoTracking()
            .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var procedures = new Dictionary<string, StoredProcedure>(StringComparer.Ordinal);
        foreach (var p in await context.Procedures.AsNoTracking().Include(p => p.Tasks).ToListAsync(cancellationToken))
        {
            procedures[p.Code] = new StoredProcedure
            {
                Id = p.Id,
                MaxScore = p.MaxScore,
                Kind = p.Kind,
                Thresholds = p.Thresholds,
                Tasks = [.. p.Tasks.OrderBy(t => t.Number).Select(t => new TaskRow(0, t.Label, t.MaxScore, t.Level, t.Skills))],
            };
        }
        var withWorks = await context.Works.Select(w => w.ProcedureId).Distinct().ToListAsync(cancellationToken);
        var byId = procedures.Values.ToDictionary(p => p.Id);
        foreach (var id in withWorks)
            if (byId.TryGetValue(id, out var p)) p.HasWorks = true;

        var subjects = await context.Procedures.Select(p => p.Subject).Distinct().ToListAsync(cancellationToken);
        var teachers = await context.Teachers.Select(t => t.Code).ToListAsync(cancellationToken);
        var competences = await context.Competences.Select(c => c.Code).ToListAsync(cancellationToken);

        var latest = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        long? lastBatchId = null;
        foreach (var batch in await context.ImportBatches.AsNoTracking().OrderBy(b => b.Id)
                     .Select(b => new { b.Id, b.FileName, b.Sha256, b.Rows }).ToListAsync(cancellationToken))
        {
            latest[batch.FileName] = (batch.Sha256.Trim(), batch.Rows);
            lastBatchId = batch.Id;
        }

        return new DatabaseSnapshot
        {
            Municipalities = municipalities,
            Schools = schools,
            Procedures = procedures,
            Subjects = subjects.ToHashSet(StringComparer.Ordinal),
            TeacherCodes = teachers.ToHashSet(StringComparer.Ordinal),
            Competences = competences.ToHashSet(StringComparer.Ordinal),
            LatestImports = latest,
            LastBatchId = lastBatchId,
        };
    }
}
