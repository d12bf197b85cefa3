using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Support;
using Orientir.Testing;

namespace Orientir.Data.Tests.Support;

public class SystemIndicatorsTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_school_measures_its_series_from_its_works_and_a_code_round_trips(DatabaseProvider provider)
    {
        await using var world = await SupportWorld.CreateAsync(provider);
        var schoolId = world.Schools["edu0101"];
        var works = await world.Db.Works.Where(w => w.SchoolId == schoolId)
            .Join(world.Db.Procedures, w => w.ProcedureId, p => p.Id, (w, p) => new { w.Mark, w.PrimaryScore, p.MaxScore, p.Kind, p.Subject, p.Grade, p.Year })
            .ToListAsync();
        var series = works.GroupBy(w => (w.Kind, w.Subject, w.Grade, w.Year)).First();
        var marked = series.Count(w => w.Mark != null);
        var expectedTwos = Math.Round(100.0 * series.Count(w => w.Mark == 2) / marked, 1);
        var expectedPercent = Math.Round(100.0 * series.Average(w => (double)w.PrimaryScore / w.MaxScore), 1);

        var indicators = new SystemIndicators(world.Db);
        var options = await indicators.OptionsAsync(schoolId, series.Key.Year);
        var twos = new SystemIndicator(SystemMetric.ShareOfTwos, series.Key.Kind, series.Key.Subject, series.Key.Grade);
        var option = options.Single(o => o.Code == twos.Code);
        Assert.Equal(expectedTwos, option.Value);
        Assert.False(option.HigherIsBetter);
        Assert.Contains("Доля отметок «2»", option.Name);
        var percent = new SystemIndicator(SystemMetric.MeanPercent, series.Key.Kind, series.Key.Subject, series.Key.Grade);
        Assert.Equal(expectedPercent, await indicators.ValueAsync(schoolId, percent.Code, series.Key.Year));
        Assert.Null(await indicators.LatestAfterAsync(schoolId, percent.Code, series.Key.Year));
        Assert.Equal((series.Key.Year, expectedPercent), await indicators.LatestAfterAsync(schoolId, percent.Code, series.Key.Year - 1));

        Assert.True(SystemIndicator.TryParse(twos.Code, out var parsed));
        Assert.Equal(twos, parsed);
        Assert.False(SystemIndicator.TryParse("share2:Nope:MA:5", out _));
        Assert.Null(await indicators.ValueAsync(schoolId, "garbage", series.Key.Year));
    }
}
