using Orientir.Web.Support.Monitoring;

namespace Orientir.Web.Tests.Support.Monitoring;

public class MonitoringScheduleTests
{
    private static DateTimeOffset At(int day, int hour) => new(2026, 3, day, hour, 15, 0, TimeSpan.FromHours(3));

    [Theory]
    [InlineData(null, 1, 1, false)]
    [InlineData(null, 1, 2, true)]
    [InlineData(1, 1, 23, false)]
    [InlineData(1, 2, 1, false)]
    [InlineData(1, 2, 2, true)]
    [InlineData(1, 3, 9, true)]
    public void The_job_is_due_once_a_day_after_the_run_hour(int? lastRunDay, int day, int hour, bool due)
    {
        DateOnly? lastRun = lastRunDay is { } d ? new DateOnly(2026, 3, d) : null;
        Assert.Equal(due, MonitoringJobService.IsDue(lastRun, At(day, hour), runHour: 2));
    }
}
