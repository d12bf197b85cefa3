using Orientir.Data.Staff.Catalogue;

namespace Orientir.Data.Staff.Routes;

/// <summary>
/// Which catalogue programme fits a deficit best: its targets address the code by the catalogue's one rule
/// (<see cref="ProgrammeTargets.Addresses"/>: <c>MA</c> and <c>MA4</c> address <c>MA4.3</c>, <c>MA4</c> does not address
/// <c>MA41</c>), and the longer the target that does, the more specific the programme.
/// </summary>
public static class TargetMatch
{
    public static bool Matches(string target, string code) =>
        target.Trim().Length > 0 && ProgrammeTargets.Addresses(target, code);

    /// <summary>The length of the programme's most specific target that addresses the code; 0 when none does.</summary>
    public static int Specificity(IEnumerable<string> targets, string code) =>
        targets.Where(t => Matches(t, code)).Select(t => t.Trim().Length).DefaultIfEmpty(0).Max();
}
