using Orientir.Analytics.Support;
using Orientir.Analytics.Support.Risk;
using Orientir.Domain.Support;

namespace Orientir.Analytics.Tests.Support.Risk;

public class RiskLevelsTests
{
    private static readonly RiskProfileSettings Settings = RiskProfileSettings.Default;

    private static SchoolRiskMeasures School(int id, int marked = 20, int twos = 0, double? disabilities = null, double? nonNative = null,
        double? effect = null, double? upper = null, int students = 10, int studentsWithTwo = 0) =>
        new(id, marked, twos, students, studentsWithTwo, disabilities, nonNative, effect, upper);

    [Theory]
    [InlineData(0.0, RiskLevel.Low)]
    [InlineData(0.49, RiskLevel.Low)]
    [InlineData(0.5, RiskLevel.Medium)]
    [InlineData(0.79, RiskLevel.Medium)]
    [InlineData(0.8, RiskLevel.High)]
    [InlineData(1.0, RiskLevel.High)]
    public void A_percentile_maps_to_the_level_of_its_band(double percentile, RiskLevel expected) =>
        Assert.Equal(expected, RiskLevels.OfPercentile(percentile, Settings));

    [Theory]
    [InlineData(new[] { 1, 1 }, RiskLevel.Low)]
    [InlineData(new[] { 2, 2 }, RiskLevel.Low)]
    [InlineData(new[] { 2, 3 }, RiskLevel.Medium)]
    [InlineData(new[] { 3, 3 }, RiskLevel.Medium)]
    [InlineData(new[] { 3, 4 }, RiskLevel.High)]
    [InlineData(new[] { 4 }, RiskLevel.High)]
    public void The_self_level_is_read_from_the_mean_answer(int[] answers, RiskLevel expected) =>
        Assert.Equal(expected, RiskLevels.Self(answers, Settings));

    [Fact]
    public void No_answers_give_no_self_level_and_the_level_in_force_is_the_higher_one()
    {
        Assert.Null(RiskLevels.Self([], Settings));
        Assert.Null(RiskLevels.InForce(null, null));
        Assert.Equal(RiskLevel.Medium, RiskLevels.InForce(null, RiskLevel.Medium));
        Assert.Equal(RiskLevel.Low, RiskLevels.InForce(RiskLevel.Low, null));
        Assert.Equal(RiskLevel.High, RiskLevels.InForce(RiskLevel.Low, RiskLevel.High));
        Assert.Equal(RiskLevel.High, RiskLevels.InForce(RiskLevel.High, RiskLevel.Medium));
    }

    [Theory]
    [InlineData(-0.3, -0.1, RiskLevel.High)]
    [InlineData(-0.1, 0.2, RiskLevel.Medium)]
    [InlineData(0.0, 0.3, RiskLevel.Low)]
    [InlineData(0.2, 0.5, RiskLevel.Low)]
    public void Teacher_competence_reads_the_effect_and_its_interval(double effect, double upper, RiskLevel expected) =>
        Assert.Equal(expected, RiskLevels.TeacherCompetence(effect, upper)!.Level);

    [Fact]
    public void A_table_of_five_schools_gets_its_levels_and_evidence()
    {
        // «2» shares 0, 10, 20, 30, 40 %; ОВЗ 1..5 %; the fifth school has too few works for the «2» measures.
        var region = Enumerable.Range(0, 5).Select(i => School(i, twos: 2 * i, disabilities: i + 1, studentsWithTwo: i)).ToList();
        region[4] = region[4] with { MarkedWorks = 5, WorksWithTwo = 2 };
        var levels = RiskLevels.ForRegion(region, Settings);

        // Four schools count for «2»: 0, 10, 20, 30 → percentiles 0, 1/3, 2/3, 1.
        Assert.Equal([RiskLevel.Low, RiskLevel.Low, RiskLevel.Medium, RiskLevel.High], Enumerable.Range(0, 4).Select(i => levels[i].StudentsAtRisk!.Level));
        Assert.Null(levels[4].StudentsAtRisk);
        var evidence = levels[2].StudentsAtRisk!.Evidence.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(20, evidence[EvidenceKeys.TwosShare]);
        Assert.Equal(15, evidence[EvidenceKeys.CutMedium(EvidenceKeys.TwosShare)]);
        Assert.Equal(24, evidence[EvidenceKeys.CutHigh(EvidenceKeys.TwosShare)]);
        Assert.Equal(0.67, evidence[EvidenceKeys.Percentile(EvidenceKeys.TwosShare)]);
        Assert.Equal(20, evidence[EvidenceKeys.MarkedWorks]);
        // ОВЗ 1..5 % over all five: percentiles 0, .25, .5, .75, 1.
        Assert.Equal([RiskLevel.Low, RiskLevel.Low, RiskLevel.Medium, RiskLevel.Medium, RiskLevel.High], Enumerable.Range(0, 5).Select(i => levels[i].Disabilities!.Level));
        Assert.All(levels.Values, l => Assert.Null(l.LanguageBarriers));
        Assert.All(levels.Values, l => Assert.Null(l.TeacherCompetence));
    }

    [Fact]
    public void A_lone_school_or_a_school_without_a_value_gets_no_data_level()
    {
        var levels = RiskLevels.ForRegion([School(1, twos: 5, disabilities: 3), School(2, marked: 0, twos: 0)], Settings);
        Assert.Null(levels[1].StudentsAtRisk);
        Assert.Null(levels[1].Disabilities);
        Assert.Null(levels[2].Disabilities);
    }

    [Fact]
    public void Levels_are_monotone_in_the_measure_for_random_regions()
    {
        var random = new Random(20261123);
        for (var trial = 0; trial < 200; trial++)
        {
            var region = Enumerable.Range(0, random.Next(2, 40))
                .Select(i => School(i, marked: 10 + random.Next(50), twos: 0, disabilities: Math.Round(random.NextDouble() * 20, random.Next(0, 2))))
                .Select(s => s with { WorksWithTwo = random.Next(s.MarkedWorks + 1) })
                .ToList();
            var levels = RiskLevels.ForRegion(region, Settings);
            foreach (var a in region)
                foreach (var b in region.Where(b => b.TwosShare >= a.TwosShare))
                    Assert.True(Rank(levels[b.SchoolId].StudentsAtRisk, EvidenceKeys.TwosShare) >= Rank(levels[a.SchoolId].StudentsAtRisk, EvidenceKeys.TwosShare));
            foreach (var a in region)
                foreach (var b in region.Where(b => b.DisabilitiesShare >= a.DisabilitiesShare))
                    Assert.True(levels[b.SchoolId].Disabilities!.Level >= levels[a.SchoolId].Disabilities!.Level);
        }
    }

    [Fact]
    public void A_value_is_at_or_above_the_cut_exactly_when_its_percentile_reaches_it()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var values = Enumerable.Range(0, random.Next(2, 30)).Select(_ => (double)random.Next(0, 12)).ToList();
            var region = new RegionPercentiles(values);
            var p = Math.Round(random.NextDouble(), 2);
            foreach (var v in values)
                Assert.Equal(v >= region.Cut(p), region.Percentile(v) >= p);
            var sorted = values.Order().ToList();
            Assert.Equal(sorted[0], region.Cut(0));
            Assert.Equal(sorted[^1], region.Cut(1));
            Assert.True(region.Cut(Settings.MediumPercentile) <= region.Cut(Settings.HighPercentile));
        }
    }

    [Fact]
    public void The_defaults_are_in_range_and_broken_settings_are_named()
    {
        Assert.Empty(Settings.Problems());
        var broken = Settings with { HighPercentile = 0.4, SelfHighMean = 5, MinimumWorks = 0, MaxPriorityRisks = 12 };
        Assert.Equal(["HighPercentile", "MinimumWorks", "SelfHighMean", "MaxPriorityRisks"], broken.Problems().Select(p => p.Property));
    }

    // The «2»-share level alone (the factor takes the higher of the two «2» measures, so compare this measure's own level).
    private static int Rank(DataLevel? level, string key)
    {
        if (level is null) return -1;
        var percentile = level.Evidence.Single(e => e.Key == EvidenceKeys.Percentile(key)).Value;
        return (int)RiskLevels.OfPercentile(percentile, Settings);
    }
}
