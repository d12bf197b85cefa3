using Orientir.Analytics.Staff;
using Orientir.Analytics.Staff.Deficits;

namespace Orientir.Analytics.Tests.Staff;

/// <summary>Random procedures, teachers and settings: the evidence always agrees with itself and with the rule.</summary>
public class ResultsEvidencePropertyTests
{
    [Fact]
    public void On_random_inputs_the_evidence_is_consistent_and_the_deficit_follows_the_rule()
    {
        var checkedMeasurements = 0;
        for (var seed = 1; seed <= 60; seed++)
        {
            var random = new Random(seed);
            var settings = StaffDevelopmentSettings.Default with
            {
                ResultMargin = random.Next(0, 20),
                ResultMinimumZ = random.NextDouble() * 3,
                MinimumWorks = random.Next(1, 15),
                ComparableClasses = random.Next(5, 40),
                MinimumComparableClasses = random.Next(2, 5),
            };
            var procedure = SyntheticProcedure.Draw(seed, schools: random.Next(3, 60), classesPerSchool: random.Next(1, 4),
                plantedShare: random.NextDouble() * 0.5, drop: random.NextDouble() * 3, minStudents: 1, maxStudents: 30);
            var results = procedure.Results;
            var benchmarks = ComparableClasses.Of(results, settings);
            foreach (var (c, benchmark) in benchmarks)
                AssertNearest(results, c, benchmark, settings);
            var classes = results.Classes;
            for (var t = 0; t < 40; t++)
            {
                var teacher = Enumerable.Range(0, random.Next(1, 4)).Select(_ => classes[random.Next(classes.Count)]).ToList();
                foreach (var m in ResultsDeficits.Measure(results, benchmarks, teacher, settings))
                {
                    AssertConsistent(m, settings);
                    checkedMeasurements++;
                }
            }
        }
        Assert.True(checkedMeasurements > 5_000, $"checked {checkedMeasurements}");
    }

    private static void AssertConsistent(SkillMeasurement m, StaffDevelopmentSettings settings)
    {
        var e = m.Evidence.ToDictionary(x => x.Key, x => x.Value);
        Assert.Equal([m.Value, m.Comparable, m.Gap, m.Sd, m.Z, m.Works, m.Classes, m.ComparableClasses, settings.ResultMargin, settings.ResultMinimumZ],
            [e["value"], e["comparable"], e["gap"], e["sd"], e["z"], e["works"], e["classes"], e["comparable_classes"], e["margin"], e["minimum_z"]]);
        Assert.Equal(e["comparable"] - e["value"], e["gap"], 9);
        if (e["sd"] > 0) Assert.Equal(e["gap"] / e["sd"], e["z"], 9);
        else Assert.Equal(e["gap"] == 0 ? 0 : e["gap"] > 0 ? double.PositiveInfinity : double.NegativeInfinity, e["z"]);
        var rule = e["works"] >= settings.MinimumWorks && e["gap"] >= settings.ResultMargin && e["z"] >= settings.ResultMinimumZ;
        // A skill beside a stronger deficit with common tasks must meet the rule on its own tasks too (SharedTasks).
        if (e.ContainsKey("shared_tasks_excluded"))
            rule = rule && e["own_tasks"] > 0 && e["own_gap"] >= settings.ResultMargin && e["own_z"] >= settings.ResultMinimumZ;
        Assert.Equal(rule, m.IsDeficit);
        Assert.InRange(e["value"], 0, 100);
        Assert.InRange(e["comparable"], 0, 100);
    }

    /// <summary>The sorted window picks what an all-pairs search would: the same distances in overall success.</summary>
    private static void AssertNearest(ProcedureResults results, ResultsClass c, ClassBenchmark benchmark, StaffDevelopmentSettings settings)
    {
        var candidates = results.Classes.Where(o => o.SchoolId != c.SchoolId && o.Works >= settings.MinimumWorks)
            .Select(o => Math.Abs(o.Success - c.Success)).Order().Take(settings.ComparableClasses).ToList();
        var chosen = benchmark.Comparables.Select(o => Math.Abs(o.Success - c.Success)).Order().ToList();
        Assert.Equal(candidates.Count, chosen.Count);
        for (var i = 0; i < chosen.Count; i++) Assert.Equal(candidates[i], chosen[i], 9);
        Assert.True(c.Works >= settings.MinimumWorks && chosen.Count >= settings.MinimumComparableClasses);
    }
}
