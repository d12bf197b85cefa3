using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Staff.Deficits;

/// <summary>
/// A teacher's measurement on one skill of one procedure: the teacher's classes pooled against their comparable
/// classes (percent), and whether the gap makes a deficit.
/// </summary>
public sealed record SkillMeasurement(string Skill, double Value, double Comparable, double Gap, double Sd, double Z,
    int Works, int Classes, int ComparableClasses, bool IsDeficit, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// The results rule of docs/methodology.md §6. A teacher's classes in a procedure are pooled, each weighted by its works:
/// value = Σw·success_k / Σw, comparable = Σw·expected_k / Σw, gap = comparable − value, and sd = √(Σw²·sd_k²) / Σw, the
/// standard deviation of that weighted mean when each class may stray from its comparables by their spread — so two
/// classes of a teacher weigh as evidence more than one; z = gap / sd; a deficit needs enough works, a gap of at least the margin and a z of at least the minimum.
/// </summary>
public static class ResultsDeficits
{
    /// <summary>
    /// One measurement per skill of the procedure, deficit or not; none when no class of the teacher has a benchmark
    /// (too few works, or too few comparable classes).
    /// </summary>
    public static IReadOnlyList<SkillMeasurement> Measure(ProcedureResults results,
        IReadOnlyDictionary<ResultsClass, ClassBenchmark> benchmarks, IEnumerable<ResultsClass> teacherClasses,
        StaffDevelopmentSettings settings)
    {
        var measured = teacherClasses.Distinct().Where(benchmarks.ContainsKey).ToList();
        if (measured.Count == 0) return [];
        var works = measured.Sum(c => c.Works);
        var comparableClasses = measured.SelectMany(c => benchmarks[c].Comparables).Distinct().Count();
        var list = new List<SkillMeasurement>(results.Skills.Count);
        for (var k = 0; k < results.Skills.Count; k++)
        {
            double value = 0, comparable = 0, variance = 0;
            foreach (var c in measured)
            {
                var benchmark = benchmarks[c];
                value += c.Works * c.SkillSuccess(k);
                comparable += c.Works * benchmark.Expected(k);
                variance += (double)c.Works * c.Works * benchmark.Sd(k) * benchmark.Sd(k);
            }
            value /= works;
            comparable /= works;
            var sd = Math.Sqrt(variance) / works;
            list.Add(Decide(results.Skills[k], value, comparable, sd, works, measured.Count, comparableClasses, settings));
        }
        return SharedTasks.Separate(results, benchmarks, measured, list, settings);
    }

    /// <summary>The rule on pooled numbers, with its evidence.</summary>
    public static SkillMeasurement Decide(string skill, double value, double comparable, double sd, int works, int classes,
        int comparableClasses, StaffDevelopmentSettings settings)
    {
        var gap = comparable - value;
        var z = Z(gap, sd);
        var isDeficit = works >= settings.MinimumWorks && gap >= settings.ResultMargin && z >= settings.ResultMinimumZ;
        return new SkillMeasurement(skill, value, comparable, gap, sd, z, works, classes, comparableClasses, isDeficit,
        [
            new("value", value),
            new("comparable", comparable),
            new("gap", gap),
            new("sd", sd),
            new("z", z),
            new("works", works),
            new("classes", classes),
            new("comparable_classes", comparableClasses),
            new("margin", settings.ResultMargin),
            new("minimum_z", settings.ResultMinimumZ),
        ]);
    }

    /// <summary>gap / sd; comparable classes that all succeed alike (sd 0) make any gap infinitely many deviations.</summary>
    public static double Z(double gap, double sd) =>
        sd > 0 ? gap / sd : gap > 0 ? double.PositiveInfinity : gap < 0 ? double.NegativeInfinity : 0;
}
