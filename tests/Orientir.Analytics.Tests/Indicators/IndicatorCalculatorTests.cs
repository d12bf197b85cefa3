using System.Text.Json;
using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Indicators;

public class IndicatorCalculatorTests
{
    private const double Precision = 1e-12;
    private static readonly IndicatorSettings Settings = IndicatorSettings.Default;

    private static ProcedureIndicators WholeTinyProcedure()
    {
        var bySchool = IndicatorCalculator.BySchool(TinyProcedure.Works());
        return IndicatorCalculator.Indicators(TinyProcedure.Design, IndicatorCalculator.Sum(TinyProcedure.Design, bySchool.Values), Settings);
    }

    [Fact]
    public void Counts_each_school_in_one_pass()
    {
        var bySchool = IndicatorCalculator.BySchool(TinyProcedure.Works());

        Assert.Equal([1, 2], bySchool.Keys.Order());
        Assert.Equal(3, bySchool[1].Participants);
        Assert.Equal(9, bySchool[1].PrimaryScoreSum);
        Assert.Equal(5, bySchool[2].Participants);
        Assert.Equal(14, bySchool[2].PrimaryScoreSum);
        Assert.Equal([2, 5, 2], bySchool[1].TaskScoreSums);
        Assert.Equal([2, 2, 1], bySchool[1].TaskFullScores);
        Assert.Equal([1, 0, 1, 1], bySchool[1].MarkCounts);
    }

    [Fact]
    public void Computes_the_means_and_the_marks_by_hand()
    {
        var ind = WholeTinyProcedure();

        Assert.Equal(8, ind.Participants);
        Assert.Equal(GroupStatus.NotInformative, ind.Status);
        Assert.Equal(23.0 / 8, ind.MeanScore!.Value, Precision);
        Assert.Equal(57.5, ind.MeanPercent!.Value, Precision);
        // The work without a mark is left out of the marks: 7 marked works, 2:1, 3:1, 4:3, 5:2.
        Assert.Equal(100.0 / 7, ind.Marks!.Two, Precision);
        Assert.Equal(100.0 / 7, ind.Marks.Three, Precision);
        Assert.Equal(300.0 / 7, ind.Marks.Four, Precision);
        Assert.Equal(200.0 / 7, ind.Marks.Five, Precision);
        Assert.Equal(600.0 / 7, ind.SuccessRate!.Value, Precision);
        Assert.Equal(500.0 / 7, ind.QualityRate!.Value, Precision);
        Assert.Equal(25, ind.BelowMinimumShare!.Value, Precision);
        Assert.Equal([1, 1, 1, 2, 1, 2], ind.ScoreHistogram);
    }

    [Fact]
    public void Counts_a_task_not_done_as_zero_points_of_every_participant()
    {
        var tasks = WholeTinyProcedure().Tasks;

        Assert.Equal(["1", "2", "3"], tasks.Select(t => t.Label));
        Assert.Equal(5.0 / 8, tasks[0].MeanScore, Precision);
        Assert.Equal(62.5, tasks[0].SuccessRate, Precision);
        Assert.Equal(62.5, tasks[0].FullScoreShare, Precision);
        Assert.Equal(SuccessLevel.Sufficient, tasks[0].SuccessLevel);

        Assert.Equal(10.0 / 8, tasks[1].MeanScore, Precision);
        Assert.Equal(62.5, tasks[1].SuccessRate, Precision);
        Assert.Equal(50, tasks[1].FullScoreShare, Precision);

        Assert.Equal(1, tasks[2].MeanScore, Precision);
        Assert.Equal(50, tasks[2].SuccessRate, Precision);
        Assert.Equal(37.5, tasks[2].FullScoreShare, Precision);
        Assert.Equal(TaskLevel.Advanced, tasks[2].Level);
        Assert.Equal(SuccessLevel.Sufficient, tasks[2].SuccessLevel);
    }

    [Fact]
    public void Rates_a_skill_over_the_summed_maxima_of_its_tasks()
    {
        var skills = WholeTinyProcedure().Skills;

        Assert.Equal(["A", "B"], skills.Select(s => s.Code));
        Assert.Equal(2, skills[0].Tasks);
        Assert.Equal(100.0 * (5 + 10) / (8 * 3), skills[0].SuccessRate, Precision);
        Assert.Equal(100.0 * (10 + 8) / (8 * 4), skills[1].SuccessRate, Precision);
    }

    [Fact]
    public void Compares_the_mark_with_the_journal_only_where_both_are_given()
    {
        var journal = WholeTinyProcedure().Journal!;

        Assert.Equal(6, journal.Compared);
        Assert.Equal(50, journal.Lower, Precision);
        Assert.Equal(100.0 / 6, journal.Same, Precision);
        Assert.Equal(100.0 / 3, journal.Higher, Precision);
        Assert.Equal(50, journal.DifferByTwoOrMore, Precision);
    }

    [Fact]
    public void Leaves_marks_and_minimum_empty_when_the_procedure_has_no_scale()
    {
        var design = TinyProcedure.Design with { Thresholds = null, MinScore = null };
        var stats = IndicatorCalculator.Sum(design, IndicatorCalculator.BySchool(TinyProcedure.Works(design, TinyProcedure.Rows)).Values);

        var ind = IndicatorCalculator.Indicators(design, stats, Settings);

        Assert.Null(ind.Marks);
        Assert.Null(ind.SuccessRate);
        Assert.Null(ind.QualityRate);
        Assert.Null(ind.BelowMinimumShare);
        Assert.Equal(57.5, ind.MeanPercent!.Value, Precision);
    }

    [Fact]
    public void Suppresses_every_number_of_a_group_under_five()
    {
        var school = IndicatorCalculator.BySchool(TinyProcedure.Works())[1];

        var ind = IndicatorCalculator.Indicators(TinyProcedure.Design, school, Settings);

        Assert.Equal(GroupStatus.Suppressed, ind.Status);
        Assert.Equal(3, ind.Participants);
        Assert.Null(ind.MeanScore);
        Assert.Null(ind.MeanPercent);
        Assert.Null(ind.Marks);
        Assert.Null(ind.SuccessRate);
        Assert.Null(ind.QualityRate);
        Assert.Null(ind.BelowMinimumShare);
        Assert.Null(ind.Journal);
        Assert.Empty(ind.Tasks);
        Assert.Empty(ind.Skills);
        Assert.Empty(ind.ScoreHistogram);
    }

    [Fact]
    public void Shows_a_group_of_five_as_not_informative()
    {
        var school = IndicatorCalculator.BySchool(TinyProcedure.Works())[2];

        var ind = IndicatorCalculator.Indicators(TinyProcedure.Design, school, Settings);

        Assert.Equal(GroupStatus.NotInformative, ind.Status);
        Assert.Equal(56, ind.MeanPercent!.Value, Precision);
    }

    [Theory]
    [InlineData(19, GroupStatus.NotInformative)]
    [InlineData(20, GroupStatus.Informative)]
    [InlineData(4, GroupStatus.Suppressed)]
    [InlineData(5, GroupStatus.NotInformative)]
    public void Marks_the_status_by_participants(int participants, GroupStatus expected)
    {
        var rows = Enumerable.Range(0, participants).Select(_ => TinyProcedure.Rows[0]).ToArray();
        var stats = IndicatorCalculator.BySchool(TinyProcedure.Works(TinyProcedure.Design, rows))[1];

        Assert.Equal(expected, IndicatorCalculator.Indicators(TinyProcedure.Design, stats, Settings).Status);
    }

    [Theory]
    [InlineData(TaskLevel.Basic, 60, SuccessLevel.Sufficient)]
    [InlineData(TaskLevel.Basic, 59, SuccessLevel.Uncertain)]
    [InlineData(TaskLevel.Basic, 57, SuccessLevel.Uncertain)]
    [InlineData(TaskLevel.Basic, 56, SuccessLevel.Insufficient)]
    [InlineData(TaskLevel.Advanced, 30, SuccessLevel.Sufficient)]
    [InlineData(TaskLevel.Advanced, 29, SuccessLevel.Uncertain)]
    [InlineData(TaskLevel.Advanced, 28.5, SuccessLevel.Uncertain)]
    [InlineData(TaskLevel.High, 28, SuccessLevel.Insufficient)]
    [InlineData(TaskLevel.High, 30, SuccessLevel.Sufficient)]
    public void Levels_a_task_at_the_band_edges(TaskLevel level, double successPercent, SuccessLevel expected)
    {
        // 200 works of a 1-point task: the success rate is exactly the number of half-points scored.
        var design = new ProcedureDesign("X", ProcedureKind.Vpr, "MA", 5, 2025, 1, null, null, [new TaskDesign("1", 1, level, [])]);
        var stats = new ResultStats(1, 1) { Participants = 200 };
        stats.TaskScoreSums[0] = (long)(successPercent * 2);

        var task = IndicatorCalculator.Indicators(design, stats, Settings).Tasks[0];

        Assert.Equal(successPercent, task.SuccessRate);
        Assert.Equal(expected, task.SuccessLevel);
    }

    [Fact]
    public void Sums_of_schools_give_the_same_indicators_as_all_works_at_once()
    {
        var random = new Random(20251123);
        var design = new ProcedureDesign("OGE-2025-MA-9", ProcedureKind.Oge, "MA", 9, 2025, 12, new MarkThresholds(3, 6, 10), 3,
        [
            new TaskDesign("1", 1, TaskLevel.Basic, ["K1"]),
            new TaskDesign("2", 2, TaskLevel.Basic, ["K1", "K2"]),
            new TaskDesign("3", 3, TaskLevel.Advanced, ["K2"]),
            new TaskDesign("4", 6, TaskLevel.High, ["K3"]),
        ]);
        var rows = new (int, byte[], byte, byte)[5000];
        for (var i = 0; i < rows.Length; i++)
        {
            var scores = design.Tasks.Select(t => random.Next(10) == 0 ? TinyProcedure.X : (byte)random.Next(t.MaxScore + 1)).ToArray();
            var primary = scores.Sum(s => s == TinyProcedure.X ? 0 : s);
            var mark = random.Next(20) == 0 ? (byte)0 : (byte)design.Thresholds!.MarkFor(primary);
            rows[i] = (random.Next(1, 60), scores, mark, (byte)random.Next(0, 6) is var j && j == 1 ? (byte)0 : j);
        }
        var works = TinyProcedure.Works(design, rows);
        var asOneGroup = new ProcedureWorks(design, new int[works.Count], works.PrimaryScores, works.Marks, works.JournalMarks, works.Scores);

        var summed = IndicatorCalculator.Indicators(design, IndicatorCalculator.Sum(design, IndicatorCalculator.BySchool(works).Values), Settings);
        var atOnce = IndicatorCalculator.Indicators(design, IndicatorCalculator.BySchool(asOneGroup)[0], Settings);

        Assert.Equal(5000, summed.Participants);
        Assert.Equal(JsonSerializer.Serialize(atOnce), JsonSerializer.Serialize(summed));
    }

    [Fact]
    public void Flags_a_rise_of_the_share_of_two_by_exactly_ten_points()
    {
        var points = IndicatorCalculator.Dynamics(
        [
            Point(2025, 39.99),
            Point(2023, 20),
            Point(2024, 30),
            Point(2026, 100.0 / 3),
            Point(2027, 100.0 * 13 / 30),
        ], Settings);

        Assert.Equal([2023, 2024, 2025, 2026, 2027], points.Select(p => p.Year));
        Assert.Null(points[0].ChangeOfShareOfTwo);
        Assert.False(points[0].NegativeDynamics);
        Assert.Equal(10, points[1].ChangeOfShareOfTwo!.Value, Precision);
        Assert.True(points[1].NegativeDynamics);
        Assert.Equal(9.99, points[2].ChangeOfShareOfTwo!.Value, 1e-9);
        Assert.False(points[2].NegativeDynamics);
        Assert.False(points[3].NegativeDynamics);
        // 43.33… − 33.33… is ten points even where the subtraction rounds below it.
        Assert.True(points[4].NegativeDynamics);
    }

    [Fact]
    public void Leaves_a_suppressed_year_without_a_share_or_a_change()
    {
        var suppressed = (Design(2024), new ProcedureIndicators("P-2024", 3, GroupStatus.Suppressed, null, null, null, null, null, null, [], [], [], null));

        var points = IndicatorCalculator.Dynamics([Point(2023, 10), suppressed, Point(2025, 30)], Settings);

        Assert.Null(points[1].ShareOfTwo);
        Assert.Equal(3, points[1].Participants);
        Assert.Null(points[1].ChangeOfShareOfTwo);
        Assert.Null(points[2].ChangeOfShareOfTwo);
        Assert.False(points[2].NegativeDynamics);
    }

    private static ProcedureDesign Design(int year) => TinyProcedure.Design with { Code = $"P-{year}", Year = year };

    private static (ProcedureDesign, ProcedureIndicators) Point(int year, double shareOfTwo) =>
        (Design(year), new ProcedureIndicators($"P-{year}", 100, GroupStatus.Informative, 1, 1,
            new MarkShares(shareOfTwo, 100 - shareOfTwo, 0, 0), 100 - shareOfTwo, 0, null, [], [], [], null));
}
