using Orientir.Analytics.Objectivity;

namespace Orientir.Analytics.Tests.Objectivity;

public class ObjectivityMarkerTests
{
    private const int Special = 100;
    private static readonly ObjectivitySettings Settings = ObjectivitySettings.Default;

    private static ObjectivityMarker MarkerOf(ObjectivityResult result, MarkerKind kind, int school = Special) =>
        result.Markers.Single(m => m.SchoolId == school && m.Kind == kind && m.ProcedureCode == SmallRegion.Vpr.Code);

    private static double Evidence(ObjectivityMarker marker, string key) => marker.Evidence.Single(e => e.Key == key).Value;

    private static ObjectivityResult Run(params SchoolPlan[] special) => ObjectivityAnalysis.Run(SmallRegion.With(false, special), Settings);

    private static readonly SchoolPlan Inflating = new(Special, 0.0) { IndependentLevel = 0.0, Hints = 0.85, Push = 0.8, JournalShift = -0.3 };
    private static readonly SchoolPlan UniformlyStrong = new(Special, 1.2);
    private static readonly SchoolPlan LenientJournal = new(Special, 0.0) { JournalShift = 0.9 };

    public static TheoryData<MarkerKind> Kinds => new(Enum.GetValues<MarkerKind>());

    [Fact]
    public void Flags_a_school_whose_advanced_tasks_beat_its_basic_tasks()
    {
        var marker = MarkerOf(Run(new SchoolPlan(Special, 0.0) { Hints = 0.85 }), MarkerKind.HardTasksBetterThanBasic);

        Assert.True(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.True(Evidence(marker, "school_hard_success") > Evidence(marker, "region_hard_success") + 0.2);
        Assert.True(Evidence(marker, "logit_gap") >= Settings.HardTasksMinimumLogitGap);
    }

    [Fact]
    public void Flags_a_school_whose_scores_bunch_at_the_mark_thresholds()
    {
        var marker = MarkerOf(Run(new SchoolPlan(Special, 0.0, Works: 60) { Push = 0.9 }), MarkerKind.ThresholdBunching);

        Assert.True(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.True(Evidence(marker, "school_share_at_threshold") > Evidence(marker, "expected_share_at_threshold") + Settings.BunchingMinimumExcess);
    }

    [Fact]
    public void Flags_a_school_whose_assessment_marks_are_above_its_journal_marks()
    {
        var marker = MarkerOf(Run(new SchoolPlan(Special, 0.0) { JournalShift = -1.0 }), MarkerKind.MarksAboveJournal);

        Assert.True(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.True(Evidence(marker, "school_above_journal_share") > Evidence(marker, "region_above_journal_share") + Settings.JournalMinimumExcess);
    }

    [Fact]
    public void Flags_a_school_whose_answer_patterns_misfit()
    {
        var marker = MarkerOf(Run(new SchoolPlan(Special, -0.3) { Hints = 0.9 }), MarkerKind.PersonMisfit);

        Assert.True(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.True(Evidence(marker, "school_mean_lz") < Evidence(marker, "region_mean_lz"));
    }

    [Fact]
    public void Flags_a_high_result_the_independent_exam_does_not_confirm()
    {
        var marker = MarkerOf(Run(new SchoolPlan(Special, 1.0) { IndependentLevel = -0.3 }), MarkerKind.UnconfirmedHighResult);

        Assert.True(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.True(Evidence(marker, "school_standardised_mean") > Evidence(marker, "independent_standardised_mean") + Settings.UnconfirmedMinimumGap);
        Assert.Equal(30, Evidence(marker, "independent_works"));
    }

    [Fact]
    public void Flags_a_high_result_the_same_students_do_not_repeat_a_year_later()
    {
        var input = SmallRegion.WithNextYear(new SchoolPlan(Special, 1.0) { IndependentLevel = -0.3 });
        var marker = MarkerOf(ObjectivityAnalysis.Run(input, Settings), MarkerKind.UnconfirmedHighResult);
        var withoutNextYear = ObjectivityAnalysis.Run(input, Settings with { UseNextYearOfSameStudents = false });

        Assert.True(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.Equal(30, Evidence(marker, "independent_works"));
        Assert.Equal([SmallRegion.Vpr.Code], withoutNextYear.Procedures);
        Assert.DoesNotContain(withoutNextYear.Markers, m => m.Kind == MarkerKind.UnconfirmedHighResult);
    }

    [Fact]
    public void Does_not_flag_a_strong_cohort_that_stays_strong_a_year_later()
    {
        var marker = MarkerOf(ObjectivityAnalysis.Run(SmallRegion.WithNextYear(UniformlyStrong), Settings), MarkerKind.UnconfirmedHighResult);

        Assert.False(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.Equal(30, Evidence(marker, "independent_works"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Raises_no_marker_for_a_uniformly_strong_school(MarkerKind kind)
    {
        var marker = MarkerOf(Run(UniformlyStrong), kind);

        Assert.False(marker.Raised, $"z {marker.Statistic:F2}");
        Assert.Equal(30, Evidence(marker, marker.Evidence.Any(e => e.Key == "works") ? "works" : "works_with_journal"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Raises_no_marker_for_a_lenient_journal(MarkerKind kind)
    {
        var marker = MarkerOf(Run(LenientJournal), kind);

        Assert.False(marker.Raised, $"z {marker.Statistic:F2}");
    }

    [Fact]
    public void Reports_a_lenient_journal_as_evidence_and_raises_it_only_when_the_settings_ask()
    {
        var input = SmallRegion.With(false, LenientJournal);
        var byDefault = MarkerOf(ObjectivityAnalysis.Run(input, Settings), MarkerKind.MarksAboveJournal);
        var asked = MarkerOf(ObjectivityAnalysis.Run(input, Settings with { LenientJournalIsSign = true }), MarkerKind.MarksAboveJournal);

        Assert.True(Evidence(byDefault, "school_below_journal_share") > Evidence(byDefault, "region_below_journal_share") + 0.2);
        Assert.True(Evidence(byDefault, "below_journal_z") >= Settings.JournalZ);
        Assert.False(byDefault.Raised);
        Assert.True(asked.Raised);
    }

    [Fact]
    public void Lists_a_school_with_markers_in_two_procedures_and_not_an_honest_one()
    {
        var result = ObjectivityAnalysis.Run(SmallRegion.With(true, Inflating), Settings);
        var inflating = result.Schools.Single(s => s.SchoolId == Special);

        Assert.Equal([SmallRegion.SecondVpr.Code, SmallRegion.Vpr.Code], result.Procedures);
        Assert.True(inflating.Listed);
        Assert.Equal(2, inflating.ProceduresWithMarkers.Count);
        Assert.True(inflating.RaisedMarkers >= 4, $"{inflating.RaisedMarkers} markers");
        Assert.DoesNotContain(result.Schools, s => s.SchoolId != Special && s.Listed);
    }

    [Fact]
    public void Does_not_judge_a_school_under_the_minimum_of_works_and_says_so()
    {
        var tiny = new SchoolPlan(Special, 0.0, Works: Settings.MinimumWorks - 1) { Hints = 0.9, Push = 0.9 };
        var result = ObjectivityAnalysis.Run(SmallRegion.With(true, tiny), Settings);
        var row = result.Schools.Single(s => s.SchoolId == Special);

        Assert.False(row.Judged);
        Assert.False(row.Listed);
        Assert.Equal([SmallRegion.SecondVpr.Code, SmallRegion.Vpr.Code], row.NotJudgedProcedures.Order());
        Assert.DoesNotContain(result.Markers, m => m.SchoolId == Special);
    }

    [Fact]
    public void Lists_by_the_number_of_markers_when_the_rule_says_so()
    {
        var input = SmallRegion.With(false, Inflating);
        var byProcedures = ObjectivityAnalysis.Run(input, Settings).Schools.Single(s => s.SchoolId == Special);
        var byMarkers = ObjectivityAnalysis.Run(input, Settings with { ListingRule = ObjectivityListingRule.RaisedMarkers }).Schools.Single(s => s.SchoolId == Special);

        Assert.False(byProcedures.Listed);
        Assert.True(byMarkers.RaisedMarkers >= Settings.MinimumRaisedMarkers);
        Assert.True(byMarkers.Listed);
    }
}
