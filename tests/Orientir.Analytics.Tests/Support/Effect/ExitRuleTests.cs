using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Effect;

namespace Orientir.Analytics.Tests.Support.Effect;

public class ExitRuleTests
{
    private static readonly SupportEffectSettings Settings = SupportEffectSettings.Default;

    [Fact]
    public void A_school_with_a_lasting_large_effect_is_proposed_for_exit_and_one_with_a_one_year_blip_is_not()
    {
        // Every target school gets nothing; one school gets a lasting +1 SD, another +1 SD in the first follow-up year only.
        var plain = DifferenceInDifferences.Estimate(ProgrammeWorld.Draw(21, delta: 0).Input, Settings);
        var estimable = plain.Where(s => s.Years.All(y => y.HasEstimate)).Select(s => s.SchoolId).ToList();
        var (lasting, blip) = (estimable[0], estimable[1]);
        var boosted = ProgrammeWorld.Draw(21, delta: 0, extra: (id, year) => id == lasting || (id == blip && year == 2025) ? 1.5 : 0);
        var schools = DifferenceInDifferences.Estimate(boosted.Input, Settings).ToDictionary(s => s.SchoolId);

        var exit = schools[lasting].Exit;
        Assert.NotNull(exit);
        Assert.Equal([2025, 2026], exit.Years);
        Assert.True(exit.Evidence.Single(e => e.Key == "minimum_lower").Value > 0);
        Assert.True(schools[blip].Years.Single(y => y.Year == 2025).Lower > 0);
        Assert.Null(schools[blip].Exit);
    }

    [Fact]
    public void The_rule_needs_as_many_consecutive_follow_up_years_as_the_setting_and_a_minimum_gain_when_set()
    {
        YearEffect Year(int year, double did, double lower) => new(year, 0, 50, did, 0, did, 0.1, lower, did + (did - lower), [], null, []);
        var both = new[] { Year(2025, 0.5, 0.2), Year(2026, 0.4, 0.1) };
        Assert.NotNull(ExitRule.Proposal(both, Settings));
        Assert.Null(ExitRule.Proposal(both[..1], Settings));
        Assert.NotNull(ExitRule.Proposal(both[..1], Settings with { ExitYears = 1 }));
        Assert.Null(ExitRule.Proposal(both, Settings with { MinimumExitGain = 0.45 }));
        Assert.Null(ExitRule.Proposal([Year(2024, 0.5, 0.2), Year(2026, 0.4, 0.1)], Settings));
        Assert.Null(ExitRule.Proposal([both[0], Year(2026, 0.4, -0.1)], Settings));
    }

    [Fact]
    public void Settings_out_of_range_are_named()
    {
        Assert.Empty(Settings.Problems());
        var wrong = Settings with { OutcomeKinds = [], Comparisons = 1, MinimumComparisons = 1, Caliper = 0, ConfidenceLevel = 1, ExitYears = 0, MinimumExitGain = -1, MinimumWorks = 0 };
        Assert.Equal(
            ["OutcomeKinds", "MinimumWorks", "Comparisons", "MinimumComparisons", "Caliper", "ConfidenceLevel", "ExitYears", "MinimumExitGain"],
            wrong.Problems().Select(p => p.Property));
    }
}
