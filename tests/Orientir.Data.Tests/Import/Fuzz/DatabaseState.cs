using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>
/// What an import may change: the row count of every table it writes and a checksum of every stored work, so that a
/// rejected import is seen to have left the database exactly as it was.
/// </summary>
internal sealed record DatabaseState(string Counts, string WorksChecksum)
{
    public static async Task<DatabaseState> OfAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var counts = string.Join(", ",
            $"municipalities {await db.Municipalities.CountAsync()}",
            $"schools {await db.Schools.CountAsync()}",
            $"procedures {await db.Procedures.CountAsync()}",
            $"tasks {await db.Tasks.CountAsync()}",
            $"works {await db.Works.CountAsync()}",
            $"school results {await db.SchoolResultAggregates.CountAsync()}",
            $"teachers {await db.Teachers.CountAsync()}",
            $"teacher classes {await db.TeacherClasses.CountAsync()}",
            $"teacher diagnostics {await db.TeacherDiagnostics.CountAsync()}",
            $"competences {await db.Competences.CountAsync()}",
            $"batches {await db.ImportBatches.CountAsync()}",
            $"audit {await db.Audit.CountAsync()}");
        var works = new StringBuilder();
        foreach (var w in await db.Works.AsNoTracking().OrderBy(w => w.Id).ToListAsync())
            works.Append($"{w.Id}|{w.ProcedureId}|{w.SchoolId}|{w.Participant}|{w.Student}|{w.ClassLabel}|{w.Variant}|" +
                         $"{w.JournalMark}|{Convert.ToHexString(w.Scores)}|{w.PrimaryScore}|{w.Mark}|{w.TestScore}|{w.ImportBatchId}\n");
        return new DatabaseState(counts, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(works.ToString())))[..16]);
    }
}
