using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>The synonym table as the adapters read it: a subject name as an export writes it → the subject code.</summary>
public sealed class SubjectNames(IReadOnlyDictionary<string, string> byNormalizedName)
{
    public static async Task<SubjectNames> LoadAsync(OrientirDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.SubjectSynonyms.AsNoTracking()
            .ToDictionaryAsync(s => s.Name, s => s.Subject, StringComparer.Ordinal, cancellationToken));

    /// <summary>The subject code of <paramref name="name"/>, or null when the table does not know it.</summary>
    public string? CodeOf(string name) => byNormalizedName.GetValueOrDefault(SubjectSynonym.Normalize(name));
}
