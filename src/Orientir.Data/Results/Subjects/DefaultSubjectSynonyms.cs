using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>
/// The subject names the application ships with (subject-synonyms.csv, an embedded resource: name;subject). They are
/// written into an empty synonym table after migration; after that the table is the region's to edit.
/// </summary>
public static class DefaultSubjectSynonyms
{
    public const string SeededBy = "orientir";
    private const string ResourceName = "Orientir.Data.Results.Subjects.subject-synonyms.csv";

    /// <summary>The shipped pairs (name as written, subject code); a bad shipped file is a bug, hence an exception.</summary>
    public static IReadOnlyList<(string Name, string Subject)> Read()
    {
        using var resource = typeof(DefaultSubjectSynonyms).Assembly.GetManifestResourceStream(ResourceName)
                             ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        using var reader = new StreamReader(resource);
        var pairs = new List<(string, string)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var parts = line.Split(';');
            if (parts.Length != 2) throw new InvalidOperationException($"The shipped synonym line «{line}» is invalid.");
            pairs.Add((parts[0], parts[1]));
        }
        return pairs;
    }

    /// <summary>Writes the shipped synonyms when the table is empty; true when it did.</summary>
    public static async Task<bool> SeedAsync(OrientirDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.SubjectSynonyms.AnyAsync(cancellationToken)) return false;
        var now = DateTimeOffset.UtcNow;
        foreach (var (name, subject) in Read()) db.SubjectSynonyms.Add(new SubjectSynonym(name, subject, SeededBy, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two processes migrating one database at once: the other one's synonyms are the same ones.
            db.ChangeTracker.Clear();
            if (await db.SubjectSynonyms.AnyAsync(cancellationToken)) return false;
            throw;
        }
    }
}
