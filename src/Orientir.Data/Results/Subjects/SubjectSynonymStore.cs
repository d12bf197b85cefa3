using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;

namespace Orientir.Data.Results.Subjects;

/// <summary>The synonym table as stored: every row for the page, the API and the export.</summary>
public sealed class SubjectSynonymStore(OrientirDbContext db)
{
    /// <summary>By subject code, then name; ordered in memory so that both databases order the names alike.</summary>
    public async Task<IReadOnlyList<SubjectSynonymRow>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.SubjectSynonyms.AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(s => s.Subject, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(SubjectSynonymRow.Of).ToList();
    }

    /// <summary>The table as CSV (<see cref="SubjectSynonymsCsv"/>): the file an import takes back unchanged.</summary>
    public async Task ExportAsync(Stream output, CancellationToken cancellationToken = default) =>
        await SubjectSynonymsCsv.WriteAsync(await AllAsync(cancellationToken), output, cancellationToken);
}
