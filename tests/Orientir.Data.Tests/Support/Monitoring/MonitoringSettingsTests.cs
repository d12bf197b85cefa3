using Orientir.Analytics.Schools;
using Orientir.Analytics.Support;
using Orientir.Data.Schools;

namespace Orientir.Data.Tests.Support.Monitoring;

public class MonitoringSettingsTests
{
    [Fact]
    public void The_defaults_pass_the_methodology_checks_and_give_stages_in_october_february_and_june()
    {
        Assert.Empty(MonitoringSettings.Default.Problems());
        Assert.Empty(MethodologyRules.Check(SchoolAnalysisSettings.Default));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 6, 30)), MonitoringSettings.Default.DefaultStageDates(2025));
    }

    [Fact]
    public void Settings_out_of_range_are_named_with_a_russian_problem()
    {
        var wrong = SchoolAnalysisSettings.Default with
        {
            SupportMonitoring = MonitoringSettings.Default with { MinimumProgressShare = 0, InterimStageMonths = 1, DailyRunHour = 24 },
        };
        var problems = MethodologyRules.Check(wrong);
        Assert.Contains(problems, p => p.StartsWith("SupportMonitoring.MinimumProgressShare: должно быть долей", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("SupportMonitoring.InterimStageMonths:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p == "SupportMonitoring.DailyRunHour: должно быть от 0 до 23");
    }
}
