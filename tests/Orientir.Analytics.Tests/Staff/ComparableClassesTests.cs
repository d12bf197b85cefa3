using Orientir.Analytics.Staff;
using Orientir.Analytics.Staff.Deficits;
using Xunit.Abstractions;

namespace Orientir.Analytics.Tests.Staff;

public class ComparableClassesTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_class_of_a_six_thousand_class_procedure_gets_its_benchmark_and_a_measurement_per_skill()
    {
        // Correctness at a large region's size; the speed is measured by the benchmarks (bench/), not here.
        var procedure = SyntheticProcedure.Draw(seed: 1, schools: 2000, classesPerSchool: 3, minStudents: 15, maxStudents: 25);

        var benchmarks = ComparableClasses.Of(procedure.Results, StaffDevelopmentSettings.Default);
        var measured = procedure.Results.Classes.Sum(c => ResultsDeficits.Measure(procedure.Results, benchmarks, [c], StaffDevelopmentSettings.Default).Count);

        output.WriteLine($"{procedure.Results.Classes.Count} classes: {benchmarks.Count} benchmarks, {measured} measurements");
        Assert.Equal(6000, benchmarks.Count);
        Assert.Equal(6000 * SyntheticProcedure.Skills, measured);
    }

    [Fact]
    public void The_comparables_are_the_nearest_classes_in_overall_success_from_other_schools_the_lower_first_on_a_tie()
    {
        // One task of 40 points: school s's class scores s points on every work, i.e. success 2.5·s %.
        var results = new ProcedureResults(new List<(int, IReadOnlyList<string>)> { (40, ["A"]) });
        for (var school = 1; school <= 40; school++)
            for (var w = 0; w < 10; w++) results.Add(school, "8А", [(byte)school]);
        for (var w = 0; w < 10; w++) results.Add(20, "8Б", [21]);
        var settings = StaffDevelopmentSettings.Default with { ComparableClasses = 5, MinimumComparableClasses = 2 };

        var benchmarks = ComparableClasses.Of(results, settings);

        var of20 = benchmarks[results.Find(20, "8А")!];
        // 8Б at 21 is the class's own school's; at distance 3 the lower, 17, goes before 23.
        Assert.Equal([17, 18, 19, 21, 22], of20.Comparables.Select(c => c.Points / c.Works).Order().Select(p => (int)p));
        Assert.DoesNotContain(of20.Comparables, c => c.SchoolId == 20);
        var of1 = benchmarks[results.Find(1, "8А")!];
        Assert.Equal([2, 3, 4, 5, 6], of1.Comparables.Select(c => c.SchoolId).Order());
        Assert.Equal(of1.Comparables.Average(c => c.SkillSuccess(0)), of1.Expected(0), 9);
    }

    [Fact]
    public void The_spread_is_the_sample_standard_deviation_of_the_comparables_success_on_the_skill()
    {
        var procedure = SyntheticProcedure.Draw(seed: 8, schools: 60, plantedShare: 0);
        var benchmarks = ComparableClasses.Of(procedure.Results, StaffDevelopmentSettings.Default);
        var (_, benchmark) = benchmarks.First();

        var values = benchmark.Comparables.Select(c => c.SkillSuccess(4)).ToList();
        var mean = values.Average();

        Assert.Equal(StaffDevelopmentSettings.Default.ComparableClasses, values.Count);
        Assert.Equal(mean, benchmark.Expected(4), 9);
        Assert.Equal(Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)), benchmark.Sd(4), 9);
    }
}
