using Orientir.Analytics.Staff;
using Orientir.Analytics.Staff.Deficits;

namespace Orientir.Analytics.Tests.Staff;

public class DiagnosticDeficitsTests
{
    [Theory]
    [InlineData(9.98, 20, true)]
    [InlineData(10, 20, false)]
    [InlineData(0, 20, true)]
    [InlineData(20, 20, false)]
    public void A_competence_below_half_of_its_maximum_is_a_deficit(double score, double max, bool deficit)
    {
        var measurement = DiagnosticDeficits.Measure(score, max, StaffDevelopmentSettings.Default);

        Assert.Equal(deficit, measurement.IsDeficit);
        Assert.Equal(100 * score / max, measurement.Percent, 9);
        Assert.Equal(50, measurement.Level);
        Assert.Equal(["score", "max_score", "percent", "level"], measurement.Evidence.Select(e => e.Key));
        Assert.Equal([score, max, 100 * score / max, 50], measurement.Evidence.Select(e => e.Value));
    }

    [Fact]
    public void The_level_comes_from_the_methodology()
    {
        var settings = StaffDevelopmentSettings.Default with { DiagnosticLevel = 70 };

        Assert.True(DiagnosticDeficits.Measure(13, 20, settings).IsDeficit);
        Assert.False(DiagnosticDeficits.Measure(14, 20, settings).IsDeficit);
    }
}
