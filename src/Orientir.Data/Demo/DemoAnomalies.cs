using Orientir.Domain.Registry;

namespace Orientir.Data.Demo;

/// <summary>
/// Plants the facts the analytics must find: schools that inflate their ВПР (≈3.5 %) and schools whose journal
/// marks are lenient (≈5 %). The two sets are disjoint so that each marker can be checked on its own.
/// </summary>
internal static class DemoAnomalies
{
    public const double InflatedShare = 0.035;
    public const double LenientShare = 0.05;

    public static void Plant(int seed, IReadOnlyList<DemoSchool> schools)
    {
        var random = DemoRandom.Stream(seed, DemoRandom.AnomalyStream);
        // Only schools that write ВПР can inflate it; special schools are compared with no one.
        var candidates = schools.Where(s => s.HasPrimaryGrades && s.Type != SchoolType.Special).Select(s => s.Index).ToList();
        for (var i = candidates.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }
        var inflated = Math.Min(candidates.Count, (int)Math.Ceiling(schools.Count * InflatedShare));
        var lenient = Math.Min(candidates.Count - inflated, (int)Math.Ceiling(schools.Count * LenientShare));
        foreach (var index in candidates.Take(inflated))
            schools[index].InflatedVpr = true;
        foreach (var index in candidates.Skip(inflated).Take(lenient))
            schools[index].LenientJournal = true;
    }
}
