using Orientir.Domain.Results;

namespace Orientir.Domain.Tests.Results;

public class MarkThresholdsTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(17, 3)]
    [InlineData(18, 4)]
    [InlineData(25, 5)]
    [InlineData(31, 5)]
    public void Converts_a_primary_score_to_the_mark_of_the_scale(int score, int mark)
    {
        Assert.True(MarkThresholds.TryParse("3:10;4:18;5:25", out var scale));
        Assert.Equal(mark, scale!.MarkFor(score));
    }

    [Theory]
    [InlineData("3:10;4:18")]
    [InlineData("3:10;4:18;5:x")]
    [InlineData("3:10;3:12;5:25")]
    [InlineData("2:5;3:10;4:18;5:25")]
    [InlineData("")]
    public void Refuses_a_scale_without_exactly_the_marks_3_4_and_5(string text) =>
        Assert.False(MarkThresholds.TryParse(text, out _));

    [Fact]
    public void Round_trips_the_package_form() =>
        Assert.Equal("3:10;4:18;5:25", (MarkThresholds.TryParse(" 3 : 10 ; 4:18;5:25; ", out var s) ? s : null)?.ToString());

    [Fact]
    public void A_scale_must_rise_within_the_maximum()
    {
        Assert.True(new MarkThresholds(10, 18, 25).IsOrderedWithin(31));
        Assert.False(new MarkThresholds(10, 18, 32).IsOrderedWithin(31));
        Assert.False(new MarkThresholds(18, 10, 25).IsOrderedWithin(31));
    }
}
