using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Indicators;

public class AggregateIndicatorsTests
{
    private const double Precision = 1e-9;

    private static readonly ProcedureDesign Vpr = new("VPR-2025-HI-5", ProcedureKind.Vpr, "HI", 5, 2025, 15, new MarkThresholds(4, 8, 12), null, []);
    private static readonly ProcedureDesign Ege = new("EGE-2025-MA-11", ProcedureKind.Ege, "MA", 11, 2025, 32, null, 27, []);
    private static readonly ProcedureDesign EgeBasic = new("EGE-2025-MB-11", ProcedureKind.Ege, "MB", 11, 2025, 21, new MarkThresholds(7, 12, 17), null, []);

    [Fact]
    public void Counts_marks_from_each_schools_shares_and_weights_the_mean_by_participants()
    {
        // 33.3 % of 6 is 2 participants, 16.7 % is 1; the other school's shares are whole counts of 10.
        var stats = AggregateIndicators.Sum(
        [
            new SchoolAggregate(1, 6, 16.7, 33.3, 33.3, 16.7, MeanScore: 6),
            new SchoolAggregate(2, 10, 30, 40, 20, 10, MeanScore: 9),
        ]);

        var indicators = AggregateIndicators.Indicators(Vpr, stats, IndicatorSettings.Default);

        Assert.True(indicators.FromSchoolAggregates);
        Assert.Equal(16, indicators.Participants);
        Assert.Equal(GroupStatus.NotInformative, indicators.Status);
        Assert.Equal(100.0 * 4 / 16, indicators.Marks!.Two, Precision);
        Assert.Equal(100.0 * 6 / 16, indicators.Marks.Three, Precision);
        Assert.Equal(100.0 * 12 / 16, indicators.SuccessRate!.Value, Precision);
        Assert.Equal(100.0 * 6 / 16, indicators.QualityRate!.Value, Precision);
        Assert.Equal(126.0 / 16, indicators.MeanScore!.Value, Precision);
        Assert.Equal(100.0 * 126 / 16 / 15, indicators.MeanPercent!.Value, Precision);
        Assert.Null(indicators.BelowMinimumShare);
        Assert.Empty(indicators.Tasks);
        Assert.Empty(indicators.ScoreHistogram);
        Assert.Null(indicators.Journal);
    }

    [Fact]
    public void Reads_an_ege_form_in_test_points_with_the_share_below_the_minimum_and_the_high_scores()
    {
        var stats = AggregateIndicators.Sum(
        [
            new SchoolAggregate(1, 10, BelowMinimum: 1, Score80To99: 2, Score100: 1, MeanScore: 70),
            new SchoolAggregate(2, 30, BelowMinimum: 3, Score80To99: 4, Score100: 0, MeanScore: 50),
        ]);

        var indicators = AggregateIndicators.Indicators(Ege, stats, IndicatorSettings.Default);

        Assert.Equal(10, indicators.BelowMinimumShare!.Value, Precision);
        Assert.Equal(55, indicators.MeanScore!.Value, Precision);
        Assert.Equal(55, indicators.MeanPercent!.Value, Precision);
        Assert.Equal(6, indicators.Score80To99);
        Assert.Equal(1, indicators.Score100);
        Assert.Null(indicators.Marks);
    }

    [Fact]
    public void Shows_the_mean_mark_of_a_form_that_reports_marks_only_and_no_mean_percent()
    {
        var stats = AggregateIndicators.Sum([new SchoolAggregate(1, 20, MeanMark: 4.2), new SchoolAggregate(2, 5, MeanMark: 3.2)]);

        var indicators = AggregateIndicators.Indicators(EgeBasic, stats, IndicatorSettings.Default);

        Assert.Equal(4.0, indicators.MeanMark!.Value, Precision);
        Assert.Null(indicators.MeanScore);
        Assert.Null(indicators.MeanPercent);
        Assert.Null(indicators.Score80To99);
    }

    [Fact]
    public void Suppresses_a_group_under_the_minimum_keeping_its_participants_only()
    {
        var stats = AggregateIndicators.Sum([new SchoolAggregate(1, 4, 25, 25, 25, 25, BelowMinimum: 1, Score100: 1, MeanScore: 60)]);

        var indicators = AggregateIndicators.Indicators(Ege, stats, IndicatorSettings.Default);

        Assert.Equal(GroupStatus.Suppressed, indicators.Status);
        Assert.Equal(4, indicators.Participants);
        Assert.Null(indicators.Marks);
        Assert.Null(indicators.MeanScore);
        Assert.Null(indicators.BelowMinimumShare);
        Assert.Null(indicators.Score100);
        Assert.True(indicators.FromSchoolAggregates);
    }

    [Fact]
    public void Gives_the_same_marks_and_mean_as_the_works_the_shares_were_taken_from()
    {
        var works = TinyProcedure.Works(TinyProcedure.Design, TinyProcedure.Rows);
        var fromWorks = IndicatorCalculator.Indicators(TinyProcedure.Design,
            IndicatorCalculator.Sum(TinyProcedure.Design, IndicatorCalculator.BySchool(works).Values), IndicatorSettings.Default);
        // The forms' shares are of the marked works; seven of the eight works have a mark.
        var forms = TinyProcedure.Rows.Where(r => r.Mark != 0).GroupBy(r => r.School).Select(g =>
        {
            var n = g.Count();
            double Share(int mark) => 100.0 * g.Count(r => r.Mark == mark) / n;
            return new SchoolAggregate(g.Key, n, Share(2), Share(3), Share(4), Share(5));
        });

        var fromForms = AggregateIndicators.Indicators(TinyProcedure.Design, AggregateIndicators.Sum(forms), IndicatorSettings.Default);

        Assert.Equal(fromWorks.Marks!.Two, fromForms.Marks!.Two, Precision);
        Assert.Equal(fromWorks.Marks.Five, fromForms.Marks.Five, Precision);
        Assert.Equal(fromWorks.SuccessRate!.Value, fromForms.SuccessRate!.Value, Precision);
        Assert.Equal(fromWorks.QualityRate!.Value, fromForms.QualityRate!.Value, Precision);
    }
}
