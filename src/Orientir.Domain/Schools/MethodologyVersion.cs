namespace Orientir.Domain.Schools;

/// <summary>
/// One version of the school analytics' methodology: every threshold, share and rule, as the JSON of the analytics'
/// settings record. Versions are never edited: a change is a new version, so a list published years ago still
/// says exactly which rules produced it.
/// </summary>
public sealed class MethodologyVersion
{
    public MethodologyVersion(int number, string settingsJson, string comment, string createdBy, DateTime createdAtUtc)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number));
        ArgumentException.ThrowIfNullOrWhiteSpace(settingsJson);
        Number = number;
        SettingsJson = settingsJson;
        Comment = comment;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    /// <summary>1, 2, 3, … in order of creation.</summary>
    public int Number { get; private set; }
    public string SettingsJson { get; private set; }
    /// <summary>Why the version was made, in the words of whoever made it.</summary>
    public string Comment { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
