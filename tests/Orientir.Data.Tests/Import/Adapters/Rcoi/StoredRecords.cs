using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Adapters.Rcoi;

/// <summary>What an import stored, as comparable text lines: registry, procedures, tasks and every work's fields.</summary>
internal static class StoredRecords
{
    public static async Task<List<string>> OfAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var lines = new List<string>();
        lines.AddRange((await db.Municipalities.AsNoTracking().ToListAsync()).Select(m => $"M {m.Code} {m.Name}"));
        lines.AddRange((await db.Schools.AsNoTracking().Include(s => s.Municipality).ToListAsync())
            .Select(s => $"S {s.Code} {s.Municipality!.Code} {s.Name} {s.Type} {s.Locality} {s.Students}"));
        foreach (var p in await db.Procedures.AsNoTracking().Include(p => p.Tasks).ToListAsync())
        {
            lines.Add($"P {p.Code} {p.Kind} {p.Subject} {p.Grade} {p.Year} {p.MaxScore} {p.Thresholds} {p.MinScore}");
            lines.AddRange(p.Tasks.Select(t => $"T {p.Code} {t.Number} {t.Label} {t.MaxScore} {t.Level} {string.Join('|', t.Skills)}"));
        }
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code);
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code);
        lines.AddRange((await db.Works.AsNoTracking().ToListAsync()).Select(w =>
            $"W {procedures[w.ProcedureId]} {schools[w.SchoolId]} {w.Participant} {w.Student} {w.ClassLabel} {w.Variant} " +
            $"{w.JournalMark} {Convert.ToHexString(w.Scores)} {w.PrimaryScore} {w.Mark} {w.TestScore}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Every text value of every table, read with plain SQL so that no column is overlooked.</summary>
    public static async Task<List<string>> AllTextAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var texts = new List<string>();
        foreach (var table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text) texts.Add(text);
        }
        return texts;
    }
}
