using System.Text.RegularExpressions;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>
/// What a programme's target code addresses. A competence code (<c>METH</c>) addresses that competence; a subject
/// (<c>MA</c>) every skill of the subject; a prefix (<c>MA4</c>) every skill under it (<c>MA4.3</c>, <c>MA4.3.1</c>);
/// a skill code (<c>MA4.3</c>) that skill and the skills under it.
/// </summary>
public static partial class ProgrammeTargets
{
    /// <summary>The shape of a target: letters, then optionally a number and dot-separated numbers (<c>MA4.3</c>).</summary>
    [GeneratedRegex(@"^[A-Z]+(\d+(\.\d+)*)?$")]
    private static partial Regex Shape();

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string code) => Shape().IsMatch(code);

    /// <summary>Letters only: a competence or a subject, never a skill.</summary>
    public static bool IsWord(string code) => code.Length > 0 && code.All(char.IsAsciiLetter);

    /// <summary>Whether <paramref name="target"/> (a programme's) addresses <paramref name="code"/> (a deficit's or a filter's).</summary>
    public static bool Addresses(string target, string code)
    {
        target = Normalize(target);
        code = Normalize(code);
        if (target == code) return true;
        if (IsWord(target))
        {
            // A subject covers its skills: MA covers MA4.3, not MATH.
            return code.Length > target.Length && code.StartsWith(target, StringComparison.Ordinal) && char.IsAsciiDigit(code[target.Length]);
        }
        // MA4 covers MA4.3 but not MA41 (grade 4 is not grade 41).
        return code.StartsWith(target + ".", StringComparison.Ordinal);
    }

    public static bool AnyAddresses(IEnumerable<string> targets, string code) => targets.Any(t => Addresses(t, code));

    /// <summary>Splits and normalizes a <c>|</c>-separated list, dropping empties and repeats, in the written order.</summary>
    public static IReadOnlyList<string> Split(string? targets) =>
        (targets ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(Normalize).Distinct().ToList();

    public static string Join(IEnumerable<string> targets) => string.Join('|', targets);
}
