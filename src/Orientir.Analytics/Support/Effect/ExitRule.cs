using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Support.Effect;

/// <summary>
/// «Предлагается к выводу из программы»: the improvement held in each of the latest
/// <see cref="SupportEffectSettings.ExitYears"/> consecutive follow-up years — the whole interval of the difference in
/// differences above zero and the estimate at least <see cref="SupportEffectSettings.MinimumExitGain"/>. A single good
/// year is not enough: one year's cohort can be lucky.
/// </summary>
public static class ExitRule
{
    public static ExitProposal? Proposal(IReadOnlyList<YearEffect> years, SupportEffectSettings settings)
    {
        var latest = years.OrderByDescending(y => y.Year).Take(settings.ExitYears).ToList();
        if (latest.Count < settings.ExitYears) return null;
        for (var i = 0; i < latest.Count; i++)
        {
            var year = latest[i];
            if (year.Year != latest[0].Year - i || !Holds(year, settings)) return null;
        }
        var chronological = latest.OrderBy(y => y.Year).ToList();
        return new ExitProposal(chronological.Select(y => y.Year).ToList(),
        [
            new("exit_years", settings.ExitYears),
            new("minimum_did", chronological.Min(y => y.Did!.Value)),
            new("minimum_lower", chronological.Min(y => y.Lower!.Value)),
            new("minimum_exit_gain", settings.MinimumExitGain),
        ]);
    }

    public static bool Holds(YearEffect year, SupportEffectSettings settings) =>
        year is { Did: { } did, Lower: { } lower } && lower > 0 && did >= settings.MinimumExitGain;
}
