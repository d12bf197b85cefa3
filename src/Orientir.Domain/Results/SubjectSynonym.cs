namespace Orientir.Domain.Results;

/// <summary>
/// A subject's name as some export writes it («Математика (профиль)», «Математика профильная», «ИКТ») and the subject
/// code it means. Regions name subjects differently, so the table is data the region edits, seeded with defaults.
/// </summary>
public sealed class SubjectSynonym
{
    public SubjectSynonym(string name, string subject, string updatedBy, DateTimeOffset updatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Name = Normalize(name);
        Subject = subject.Trim().ToUpperInvariant();
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }

    private SubjectSynonym()
    {
        Name = Subject = UpdatedBy = "";
    }

    public int Id { get; private set; }
    /// <summary>The name in its <see cref="Normalize"/>d form, unique.</summary>
    public string Name { get; private set; }
    public string Subject { get; private set; }
    public string UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string subject, string updatedBy, DateTimeOffset updatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Subject = subject.Trim().ToUpperInvariant();
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }

    /// <summary>
    /// The form names are compared in: lower case, «ё» as «е», runs of spaces as one, and a trailing «, чел.»
    /// (how forms head a count column) dropped.
    /// </summary>
    public static string Normalize(string name)
    {
        var text = name.Trim().ToLowerInvariant().Replace('ё', 'е');
        foreach (var suffix in new[] { ", чел.", ", чел", " чел." })
            if (text.EndsWith(suffix, StringComparison.Ordinal)) text = text[..^suffix.Length];
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
