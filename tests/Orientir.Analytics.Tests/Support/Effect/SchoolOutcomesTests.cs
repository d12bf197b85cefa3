using Orientir.Analytics.Support.Effect;

namespace Orientir.Analytics.Tests.Support.Effect;

public class SchoolOutcomesTests
{
    [Fact]
    public void A_school_year_outcome_is_the_mean_z_of_its_works_within_their_procedures_from_the_sums_alone()
    {
        // Procedure 1 (2024): school 1 scores 0.2, 0.4; school 2 scores 0.6, 0.8. Procedure 2 (2024): school 1 scores 0.5, 0.5, school 2 0.1.
        var works = new (int School, int Procedure, double Fraction)[]
        {
            (1, 1, 0.2), (1, 1, 0.4), (2, 1, 0.6), (2, 1, 0.8), (1, 2, 0.5), (1, 2, 0.5), (2, 2, 0.1),
        };
        var cells = works.GroupBy(w => (w.School, w.Procedure))
            .Select(g => new ProcedureCell(g.Key.School, g.Key.Procedure, 2024, g.Count(), g.Sum(w => w.Fraction), g.Sum(w => w.Fraction * w.Fraction)))
            .ToList();
        var z = works.GroupBy(w => w.Procedure).ToDictionary(g => g.Key, g =>
        {
            var mean = g.Average(w => w.Fraction);
            var sd = Math.Sqrt(g.Sum(w => (w.Fraction - mean) * (w.Fraction - mean)) / (g.Count() - 1));
            return (mean, sd);
        });
        double Expected(int school) => works.Where(w => w.School == school).Average(w => (w.Fraction - z[w.Procedure].mean) / z[w.Procedure].sd);

        var outcomes = SchoolOutcomes.Compute(cells, minimumWorks: 3);

        Assert.Equal(Expected(1), outcomes[(1, 2024)].Value, 10);
        Assert.Equal(4, outcomes[(1, 2024)].Works);
        Assert.Equal(Expected(2), outcomes[(2, 2024)].Value, 10);
        Assert.False(SchoolOutcomes.Compute(cells, minimumWorks: 4).ContainsKey((2, 2024)));
    }
}
