using Orientir.Analytics.Indicators;
using Orientir.Analytics.LowResults;
using Orientir.Analytics.Schools;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.LowResults;

public class LowResultsFromAggregatesTests
{
    private const double Precision = 1e-9;

    /// <summary>What a per-school form reports of the works: participants, percent of each mark, mean primary score.</summary>
    private static ProcedureAggregates FormsOf(ProcedureWorks works) => new(works.Design,
    [
        .. Enumerable.Range(0, works.Count).GroupBy(i => works.SchoolIds[i]).Select(g =>
        {
            var n = g.Count();
            double Share(int mark) => 100.0 * g.Count(i => works.Marks[i] == mark) / n;
            return new SchoolAggregate(g.Key, n, Share(2), Share(3), Share(4), Share(5), MeanScore: g.Average(i => (double)works.PrimaryScores[i]));
        }),
    ]);

    /// <summary>The same region with the chosen procedures' works replaced by their forms.</summary>
    private static SchoolAnalysisInput AsForms(SchoolAnalysisInput input, Func<ProcedureDesign, bool> formed)
    {
        var procedures = input.Procedures.Select(p => formed(p.Design)
            ? new ProcedureWorks(p.Design, [], [], [], [], [])
            : p).ToList();
        var aggregates = input.Procedures.Where(p => formed(p.Design)).Select(FormsOf).ToList();
        return new SchoolAnalysisInput(input.Year, input.Schools, procedures, aggregates);
    }

    private static LowResultsResult Run(SchoolAnalysisInput input) =>
        LowResultsAnalysis.Run(input, LowResultsSettings.Default, new HashSet<int>());

    [Fact]
    public void Ranks_schools_by_forms_exactly_as_by_the_works_they_summarise()
    {
        var byWorks = LowResultsAnalysisTests.Region();
        var byForms = AsForms(byWorks, _ => true);

        var fromWorks = Run(byWorks);
        var fromForms = Run(byForms);

        Assert.Equal(fromWorks.Schools.Where(s => s.LowResults).Select(s => s.SchoolId), fromForms.Schools.Where(s => s.LowResults).Select(s => s.SchoolId));
        Assert.Contains(fromForms.Schools, s => s.LowResults);
        foreach (var school in fromWorks.Schools)
        {
            var other = fromForms.Of(school.SchoolId);
            for (var y = 0; y < school.Years.Count; y++)
            {
                var works = school.Years[y].Components;
                var forms = other.Years[y].Components;
                Assert.Equal(works.Count, forms.Count);
                for (var c = 0; c < works.Count; c++)
                {
                    Assert.Equal(works[c].ProcedureCode, forms[c].ProcedureCode);
                    Assert.Equal(works[c].Measure, forms[c].Measure);
                    Assert.Equal(works[c].Value, forms[c].Value, Precision);
                    Assert.Equal(works[c].Z, forms[c].Z, Precision);
                    Assert.True(forms[c].FromAggregates);
                    Assert.False(works[c].FromAggregates);
                }
                Assert.Equal(school.Years[y].Composite!.Value, other.Years[y].Composite!.Value, Precision);
            }
        }
    }

    [Fact]
    public void Mixes_procedures_with_works_and_procedures_with_forms_and_says_which_came_from_forms()
    {
        var byWorks = LowResultsAnalysisTests.Region();
        var mixed = AsForms(byWorks, d => d.Kind == ProcedureKind.Oge && d.Subject == "MA");

        var school = Run(mixed).Of(1);

        Assert.Contains(school.Evidence, e => e.Key == "from_aggregates:OGE-2025-MA-9" && e.Value == 1);
        Assert.DoesNotContain(school.Evidence, e => e.Key == "from_aggregates:OGE-2025-RU-9");
        Assert.Equal(Run(byWorks).Of(1).Years[^1].Composite!.Value, school.Years[^1].Composite!.Value, Precision);
    }

    [Fact]
    public void Takes_the_ege_fail_share_from_the_number_below_the_minimum_and_the_mean_percent_of_test_points()
    {
        var design = new ProcedureDesign("EGE-2025-MA-11", ProcedureKind.Ege, "MA", 11, 2025, 32, null, 27, []);
        var schools = LowResultsAnalysisTests.Region().Schools.Take(3).ToList();
        var forms = new ProcedureAggregates(design,
        [
            new SchoolAggregate(1, 10, BelowMinimum: 3, MeanScore: 40),
            new SchoolAggregate(2, 10, BelowMinimum: 6, MeanScore: 30),
            new SchoolAggregate(3, 10, BelowMinimum: 9, MeanScore: 20),
        ]);
        var settings = LowResultsSettings.Default with { MinimumProcedures = 1, ConsecutiveYears = 1 };

        var result = LowResultsAnalysis.Run(new SchoolAnalysisInput(2025, schools, [], [forms]), settings, new HashSet<int>());

        Assert.Equal([0.3, 0.6, 0.9], schools.Select(s => result.Of(s.SchoolId).Years.Single().Components.Single(c => c.Measure == ResultMeasure.FailShare).Value));
        Assert.Equal([40.0, 30, 20], schools.Select(s => result.Of(s.SchoolId).Years.Single().Components.Single(c => c.Measure == ResultMeasure.MeanPercent).Value));
    }
}
