using Orientir.Analytics.Indicators;
using Orientir.Analytics.LowResults;
using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.LowResults;

public class LowResultsAnalysisTests
{
    private const int Schools = 20;
    private const int WorksPerSchool = 10;

    /// <summary>
    /// Twenty schools, ten works each in ВПР RU 4, ОГЭ RU 9 and ОГЭ MA 9 of 2023–2025 (one task of 10 points, "2" below 4).
    /// School s scores 3 + s/4 points on average, so school 1 is the lowest, unless <paramref name="score"/> says else.
    /// </summary>
    internal static SchoolAnalysisInput Region(Func<ProcedureKind, int, int, int?>? score = null)
    {
        var schools = Enumerable.Range(1, Schools)
            .Select(id => new SchoolProfile(id, $"s{id}", 1, SchoolType.General, Locality.Urban, 500, SocialPassport.Unknown)).ToList();
        var procedures = new List<ProcedureWorks>();
        foreach (var year in new[] { 2023, 2024, 2025 })
            foreach (var (kind, subject, grade) in new[] { (ProcedureKind.Vpr, "RU", 4), (ProcedureKind.Oge, "RU", 9), (ProcedureKind.Oge, "MA", 9) })
            {
                var design = new ProcedureDesign($"{kind.ToString().ToUpperInvariant()}-{year}-{subject}-{grade}", kind, subject, grade, year, 10,
                    new MarkThresholds(4, 6, 8), null, [new TaskDesign("1", 10, TaskLevel.Basic, [])]);
                var rows = new List<(int School, int Score)>();
                foreach (var school in schools)
                {
                    var mean = score?.Invoke(kind, year, school.SchoolId) ?? 3 + school.SchoolId / 4;
                    for (var w = 0; w < WorksPerSchool; w++) rows.Add((school.SchoolId, Math.Clamp(mean + (w % 3) - 1, 0, 10)));
                }
                procedures.Add(Works(design, rows));
            }
        return new SchoolAnalysisInput(2025, schools, procedures);
    }

    private static ProcedureWorks Works(ProcedureDesign design, List<(int School, int Score)> rows) => new(design,
        rows.Select(r => r.School).ToArray(), rows.Select(r => r.Score).ToArray(),
        rows.Select(r => (byte)design.Thresholds!.MarkFor(r.Score)).ToArray(), new byte[rows.Count],
        rows.Select(r => (byte)r.Score).ToArray());

    private static readonly LowResultsSettings EachYear = LowResultsSettings.Default with { Rule = LowResultsRule.BottomInEachYear };

    private static double EvidenceOf(SchoolLowResults school, string key) => school.Evidence.Single(e => e.Key == key).Value;

    private static int[] Listed(LowResultsResult result) => result.Schools.Where(s => s.LowResults).Select(s => s.SchoolId).Order().ToArray();

    [Fact]
    public void A_school_in_the_bottom_two_consecutive_years_ending_now_is_listed_and_one_bottom_year_is_not()
    {
        // Bottom 10 % of 20 schools = the two lowest each year. School 20 is lowest in 2024 and 2025, school 19 in
        // 2023 and 2025, school 18 in 2024 only; schools 1–4 otherwise lowest fill the rest.
        int? Score(ProcedureKind kind, int year, int school) => (school, year) switch
        {
            (20, 2024 or 2025) => 0,
            (19, 2023 or 2025) => 0,
            (18, 2024) => 0,
            (18, 2023) => 0,
            _ => null,
        };
        var result = LowResultsAnalysis.Run(Region(Score), EachYear, new HashSet<int>());

        Assert.Equal([20], Listed(result));
        var school = result.Of(20);
        Assert.Equal(2, EvidenceOf(school, "consecutive_years_in_bottom"));
        Assert.Equal(1, EvidenceOf(school, "in_bottom_2024"));
        Assert.True(EvidenceOf(school, "composite_2025") <= EvidenceOf(school, "cutoff_2025"));
        Assert.Equal(1, EvidenceOf(school, "rank_2025"));
        Assert.Equal(100, EvidenceOf(school, "fail_share:VPR-2025-RU-4"));
        Assert.Equal(10, EvidenceOf(school, "participants:OGE-2025-MA-9"));
        Assert.Equal(1, EvidenceOf(result.Of(19), "consecutive_years_in_bottom"));
        Assert.Equal(0, EvidenceOf(result.Of(18), "consecutive_years_in_bottom"));
    }

    [Fact]
    public void The_years_in_the_bottom_are_counted_back_beyond_the_required_two()
    {
        int? Score(ProcedureKind kind, int year, int school) => school == 20 ? 0 : null;
        var result = LowResultsAnalysis.Run(Region(Score), EachYear, new HashSet<int>());
        Assert.Equal(3, EvidenceOf(result.Of(20), "consecutive_years_in_bottom"));
        Assert.True(result.Of(20).LowResults);
    }

    [Fact]
    public void The_mean_of_years_rule_lists_the_bottom_share_by_the_two_years_average()
    {
        // School 19 is third lowest in 2024 behind 18, which is fair in 2025; by the average 19 is second.
        int? Score(ProcedureKind kind, int year, int school) => (school, year) switch
        {
            (20, 2024 or 2025) => 0,
            (19, 2025) => 0,
            (19, 2024) => 2,
            (18, 2024) => 1,
            _ => null,
        };
        var input = Region(Score);
        var result = LowResultsAnalysis.Run(input, LowResultsSettings.Default, new HashSet<int>());

        Assert.Equal([19, 20], Listed(result));
        Assert.Equal([20], Listed(LowResultsAnalysis.Run(input, EachYear, new HashSet<int>())));
        Assert.True(EvidenceOf(result.Of(19), "mean_composite_of_years") <= EvidenceOf(result.Of(19), "cutoff_mean_composite_of_years"));
    }

    [Fact]
    public void A_school_with_non_objective_results_is_judged_by_its_oge_alone()
    {
        // School 20 writes a brilliant ВПР and the worst ОГЭ of the region.
        int? Score(ProcedureKind kind, int year, int school) => school == 20 ? (kind == ProcedureKind.Vpr ? 10 : 0) : null;
        var input = Region(Score);

        var trusting = LowResultsAnalysis.Run(input, EachYear, new HashSet<int>());
        Assert.False(trusting.Of(20).LowResults);

        var result = LowResultsAnalysis.Run(input, EachYear, new HashSet<int> { 20 });
        var school = result.Of(20);
        Assert.True(school.LowResults, string.Join("; ", school.Evidence.Select(e => $"{e.Key}={e.Value:F3}")));
        Assert.True(school.JudgedByIndependentOnly);
        Assert.Equal(1, EvidenceOf(school, "judged_by_independent_only"));
        Assert.All(school.Years.SelectMany(y => y.Components), c => Assert.StartsWith("OGE-", c.ProcedureCode));
        Assert.Equal(0, EvidenceOf(result.Of(1), "judged_by_independent_only"));
    }

    [Fact]
    public void A_school_with_too_few_participants_or_procedures_is_not_ranked()
    {
        var input = Region();
        var trimmed = input.Procedures.Select(p => Drop(p, school: 1, keep: p.Design.Kind == ProcedureKind.Oge ? 4 : WorksPerSchool)).ToList();
        var result = LowResultsAnalysis.Run(input with { Procedures = trimmed }, LowResultsSettings.Default, new HashSet<int>());

        var school = result.Of(1);
        Assert.True(school.InsufficientData);
        Assert.False(school.LowResults);
        Assert.All(school.Years, y => Assert.Null(y.Composite));
        Assert.Equal(19, result.Years.Single(y => y.Year == 2025).SchoolsRanked);

        var lenient = LowResultsAnalysis.Run(input with { Procedures = trimmed }, LowResultsSettings.Default with { MinimumProcedures = 1 }, new HashSet<int>());
        Assert.Single(lenient.Of(1).Years.Last().Components.Select(c => c.ProcedureCode).Distinct());
        Assert.NotNull(lenient.Of(1).Years.Last().Composite);
    }

    [Fact]
    public void Fail_share_and_mean_percent_are_what_the_works_give()
    {
        var result = LowResultsAnalysis.Run(Region(), LowResultsSettings.Default, new HashSet<int>());
        // School 1: scores 2, 3, 4 repeating (mean 3 + 1/4 → 3): works 2 and 3 are below the "3" at 4 points.
        var components = result.Of(1).Years.Last().Components.Where(c => c.ProcedureCode == "VPR-2025-RU-4").ToArray();
        var fail = components.Single(c => c.Measure == ResultMeasure.FailShare);
        var mean = components.Single(c => c.Measure == ResultMeasure.MeanPercent);
        Assert.Equal(0.7, fail.Value, 12);
        Assert.Equal(100 * (4 * 2 + 3 * 3 + 3 * 4) / 10.0 / 10, mean.Value, 12);
        Assert.True(fail.Z < 0 && mean.Z < 0);
    }

    [Fact]
    public void The_ege_fail_share_is_the_share_below_its_minimum_score()
    {
        var design = new ProcedureDesign("EGE-2025-MA-11", ProcedureKind.Ege, "MA", 11, 2025, 10, null, 5, [new TaskDesign("1", 10, TaskLevel.Basic, [])]);
        var rows = new List<(int School, int Score)>();
        for (var school = 1; school <= 3; school++)
            for (var w = 0; w < 10; w++) rows.Add((school, w < 3 * school ? 4 : 7));
        var works = new ProcedureWorks(design, rows.Select(r => r.School).ToArray(), rows.Select(r => r.Score).ToArray(),
            new byte[rows.Count], new byte[rows.Count], rows.Select(r => (byte)r.Score).ToArray());
        var schools = Enumerable.Range(1, 3)
            .Select(id => new SchoolProfile(id, $"s{id}", 1, SchoolType.General, Locality.Urban, 500, SocialPassport.Unknown)).ToList();
        var settings = LowResultsSettings.Default with { MinimumProcedures = 1, ConsecutiveYears = 1 };

        var result = LowResultsAnalysis.Run(new SchoolAnalysisInput(2025, schools, [works]), settings, new HashSet<int>());

        Assert.Equal([0.3, 0.6, 0.9], schools.Select(s => result.Of(s.SchoolId).Years.Single().Components.Single(c => c.Measure == ResultMeasure.FailShare).Value));
        Assert.Equal([3], Listed(result));
    }

    private static ProcedureWorks Drop(ProcedureWorks works, int school, int keep)
    {
        var rows = new List<int>();
        var kept = 0;
        for (var i = 0; i < works.Count; i++)
            if (works.SchoolIds[i] != school || kept++ < keep) rows.Add(i);
        return new ProcedureWorks(works.Design, rows.Select(i => works.SchoolIds[i]).ToArray(), rows.Select(i => works.PrimaryScores[i]).ToArray(),
            rows.Select(i => works.Marks[i]).ToArray(), rows.Select(i => works.JournalMarks[i]).ToArray(), rows.Select(i => works.Scores[i]).ToArray());
    }
}
