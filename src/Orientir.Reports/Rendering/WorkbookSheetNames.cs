using System.Text;

namespace Orientir.Reports.Rendering;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, no apostrophe at either end, not empty,
/// and unique within the workbook regardless of case (Excel compares them case-insensitively); a repeated name gets
/// « (2)», « (3)»… within the 31 characters.
/// </summary>
internal sealed class WorkbookSheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The valid, not yet taken name nearest to <paramref name="wanted"/>, now taken.</summary>
    public string Take(string wanted)
    {
        var name = Clean(wanted);
        var candidate = name;
        for (var copy = 2; !_taken.Add(candidate); copy++)
        {
            var suffix = $" ({copy})";
            candidate = Shorten(name, MaxLength - suffix.Length) + suffix;
        }
        return candidate;
    }

    private static string Clean(string wanted)
    {
        var text = new StringBuilder(wanted.Length);
        foreach (var character in wanted)
            text.Append(Array.IndexOf(Forbidden, character) >= 0 || char.IsControl(character) ? ' ' : character);
        var name = Shorten(string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\''), MaxLength);
        return name.Length == 0 ? "Таблица" : name;
    }

    private static string Shorten(string name, int length)
    {
        if (name.Length <= length) return name;
        if (char.IsHighSurrogate(name[length - 1])) length--;
        return name[..length].TrimEnd(' ', '\'');
    }
}
