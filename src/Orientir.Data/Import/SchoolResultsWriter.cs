using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Results;

namespace Orientir.Data.Import;

/// <summary>
/// Checks and stores school_results.csv inside the import's transaction: a row replaces the stored aggregate of the
/// same procedure and school, and an aggregate keeps its batch unless its values change. Aggregates of other schools
/// and procedures stay: a form covers the schools it lists.
/// </summary>
internal sealed class SchoolResultsWriter(OrientirDbContext context, List<SchoolResultRow> rows, long batchId)
{
    /// <summary>ЕГЭ means are test points 0–100 whatever the procedure's primary maximum is.</summary>
    private const int EgeTestScoreMax = 100;

    /// <summary>Reads the file against the procedures and schools of the package and of the database.</summary>
    public static List<SchoolResultRow> Check(PackageFile file, FileErrors errors, List<ImportError> warnings,
        PackageContent content, DatabaseSnapshot database)
    {
        var procedureRows = (content.Procedures ?? []).ToDictionary(p => p.Code, StringComparer.Ordinal);
        return SchoolResultsFile.Read(file, errors, warnings,
            code =>
            {
                if (procedureRows.TryGetValue(code, out var row))
                    return row.Kind == ProcedureKind.Ege ? EgeTestScoreMax : row.MaxScore;
                if (database.Procedures.TryGetValue(code, out var stored))
                    return stored.Kind == ProcedureKind.Ege ? EgeTestScoreMax : stored.MaxScore;
                // A procedure named in procedures.csv on a bad row: its own error says enough.
                return content.ProcedureCodes.Contains(code) ? EgeTestScoreMax : null;
            },
            code => content.SchoolCodes.Contains(code) || database.Schools.ContainsKey(code));
    }

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var procedures = await context.Procedures.AsNoTracking()
            .ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var schools = await context.Schools.AsNoTracking()
            .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var procedureIds = rows.Select(r => procedures[r.ProcedureCode]).Distinct().ToList();
        var existing = await context.SchoolResultAggregates.Where(a => procedureIds.Contains(a.ProcedureId))
            .ToDictionaryAsync(a => (a.ProcedureId, a.SchoolId), cancellationToken);
        foreach (var row in rows)
        {
            var key = (procedures[row.ProcedureCode], schools[row.SchoolCode]);
            if (!existing.TryGetValue(key, out var aggregate))
            {
                aggregate = new SchoolResultAggregate(key.Item1, key.Item2, batchId);
                context.SchoolResultAggregates.Add(aggregate);
            }
            else if (Same(aggregate, row))
            {
                continue;
            }
            aggregate.Update(row.Participants, row.Mark2Share, row.Mark3Share, row.Mark4Share, row.Mark5Share,
                row.BelowMinimum, row.Score80To99, row.Score100, row.MeanScore, row.MeanMark, batchId);
        }
        await context.SaveChangesAsync(cancellationToken);
    }

    private static bool Same(SchoolResultAggregate a, SchoolResultRow r) =>
        a.Participants == r.Participants && a.Mark2Share == r.Mark2Share && a.Mark3Share == r.Mark3Share
        && a.Mark4Share == r.Mark4Share && a.Mark5Share == r.Mark5Share && a.BelowMinimum == r.BelowMinimum
        && a.Score80To99 == r.Score80To99 && a.Score100 == r.Score100 && a.MeanScore == r.MeanScore && a.MeanMark == r.MeanMark;
}
