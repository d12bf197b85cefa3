using Orientir.Analytics.Indicators;
using Orientir.Analytics.Objectivity;
using Orientir.Analytics.Schools;
using Orientir.Analytics.Tests.Indicators;
using Orientir.Domain.Registry;

namespace Orientir.Analytics.Tests.Objectivity;

/// <summary>The evidence on <see cref="TinyProcedure"/>'s eight works, counted by hand (the minimum of works lowered to 3).</summary>
public class ObjectivityEvidenceTests
{
    private const double Precision = 1e-12;
    private static readonly ObjectivitySettings Settings = ObjectivitySettings.Default with { MinimumWorks = 3 };

    private static ObjectivityResult Run()
    {
        var schools = new[] { 1, 2 }.Select(id => new SchoolProfile(id, $"edu{id}", 1, SchoolType.General, Locality.Urban, 100, SocialPassport.Unknown)).ToList();
        return ObjectivityAnalysis.Run(new SchoolAnalysisInput(2025, schools, [TinyProcedure.Works()]), Settings);
    }

    private static double Evidence(ObjectivityResult result, int school, MarkerKind kind, string key) =>
        result.Markers.Single(m => m.SchoolId == school && m.Kind == kind).Evidence.Single(e => e.Key == key).Value;

    [Fact]
    public void Counts_marks_above_and_below_the_journal_per_school_and_region()
    {
        var result = Run();

        // School 1: 5 = 5, 4 < 5, 2 < 4. School 2: 4 > 3, 3 < 5, 5 > 3 (two works without a journal or mark).
        Assert.Equal(0.0, Evidence(result, 1, MarkerKind.MarksAboveJournal, "school_above_journal_share"), Precision);
        Assert.Equal(2 / 3.0, Evidence(result, 1, MarkerKind.MarksAboveJournal, "school_below_journal_share"), Precision);
        Assert.Equal(2 / 3.0, Evidence(result, 2, MarkerKind.MarksAboveJournal, "school_above_journal_share"), Precision);
        Assert.Equal(3, Evidence(result, 2, MarkerKind.MarksAboveJournal, "works_with_journal"));
        Assert.Equal(2 / 6.0, Evidence(result, 2, MarkerKind.MarksAboveJournal, "region_above_journal_share"), Precision);
        Assert.Equal(3 / 6.0, Evidence(result, 2, MarkerKind.MarksAboveJournal, "region_below_journal_share"), Precision);
    }

    [Fact]
    public void Measures_success_on_hard_and_basic_tasks_counting_undone_tasks_as_nought()
    {
        var result = Run();

        // Task 3 (advanced, 2 points): school 1 has 2 + 0 + X of 6, school 2 has 1 + X + 1 + 2 + 2 of 10.
        Assert.Equal(2 / 6.0, Evidence(result, 1, MarkerKind.HardTasksBetterThanBasic, "school_hard_success"), Precision);
        Assert.Equal(6 / 10.0, Evidence(result, 2, MarkerKind.HardTasksBetterThanBasic, "school_hard_success"), Precision);
        Assert.Equal(8 / 16.0, Evidence(result, 2, MarkerKind.HardTasksBetterThanBasic, "region_hard_success"), Precision);
        // Basic tasks of school 1: task 1 has 2 of 3, task 2 has 5 of 6.
        Assert.Equal((2 / 3.0 + 5 / 6.0) / 2, Evidence(result, 1, MarkerKind.HardTasksBetterThanBasic, "school_basic_success"), Precision);
    }

    [Fact]
    public void Counts_the_works_in_the_windows_below_each_threshold()
    {
        var result = Run();

        // Thresholds 2, 3, 5 with windows {0..2}, {0..3}, {2..5}. School 1 scores 5, 3, 1: 1 → windows 1 and 2;
        // 3 → windows 2 and 3; 5 → window 3: five window places, two of them at a threshold (3 in window 2, 5 in window 3).
        Assert.Equal(5, Evidence(result, 1, MarkerKind.ThresholdBunching, "works_in_windows"));
        Assert.Equal(2 / 5.0, Evidence(result, 1, MarkerKind.ThresholdBunching, "school_share_at_threshold"), Precision);
    }

    [Fact]
    public void Smooths_a_spike_symmetrically_and_keeps_a_flat_distribution_flat()
    {
        var spike = BunchingMarker.Smooth([0, 0, 0, 10, 0, 0, 0], 1.0);
        var flat = BunchingMarker.Smooth([5, 5, 5, 5, 5], 1.5);

        Assert.Equal(spike[2], spike[4], Precision);
        Assert.True(spike[3] > spike[2] && spike[2] > spike[1]);
        Assert.All(flat, v => Assert.Equal(5, v, Precision));
    }
}
