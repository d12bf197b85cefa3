namespace Orientir.Data.Staff.Routes;

/// <summary>
/// Whether a catalogue programme's target addresses a deficit code: the same code, or a broader one — the code starts
/// with the target and goes on with a dot or a digit, so <c>MA4</c> and <c>MA</c> address <c>MA4.3</c> but <c>MA</c>
/// does not address <c>MAX</c>.
/// </summary>
public static class TargetMatch
{
    public static bool Matches(string target, string code)
    {
        if (target.Length == 0 || !code.StartsWith(target, StringComparison.OrdinalIgnoreCase)) return false;
        if (code.Length == target.Length) return true;
        var next = code[target.Length];
        return next == '.' || char.IsDigit(next);
    }

    /// <summary>The length of the programme's most specific target that addresses the code; 0 when none does.</summary>
    public static int Specificity(IEnumerable<string> targets, string code) =>
        targets.Where(t => Matches(t, code)).Select(t => t.Length).DefaultIfEmpty(0).Max();
}
