using Orientir.Analytics.Schools;

namespace Orientir.Analytics.Staff.Deficits;

/// <summary>
/// Skills that share tasks (a task may check two skills) carry each other's gaps: a teacher weak in one skill shows a
/// smaller gap in its neighbour only through the tasks they share. So a skill flagged beside a stronger deficit (a larger
/// z) with common tasks is judged again on its own tasks — those that do not check the stronger skill — and stays a
/// deficit only if the rule holds there too (docs/methodology.md §6). A skill with no task of its own is then not a
/// deficit of its own. The judgement on the own tasks is added to the evidence.
/// </summary>
public static class SharedTasks
{
    public static IReadOnlyList<SkillMeasurement> Separate(ProcedureResults results,
        IReadOnlyDictionary<ResultsClass, ClassBenchmark> benchmarks, IReadOnlyList<ResultsClass> measured,
        IReadOnlyList<SkillMeasurement> measurements, StaffDevelopmentSettings settings)
    {
        if (measurements.Count(m => m.IsDeficit) < 2) return measurements;
        var tasks = Enumerable.Range(0, results.Skills.Count).Select(results.TasksOf).ToArray();
        var separated = measurements.ToArray();
        for (var j = 0; j < measurements.Count; j++)
        {
            if (!measurements[j].IsDeficit) continue;
            var stronger = Enumerable.Range(0, measurements.Count)
                .Where(i => i != j && measurements[i].IsDeficit && Stronger(measurements[i], i, measurements[j], j)
                            && tasks[i].Intersect(tasks[j]).Any())
                .ToList();
            if (stronger.Count == 0) continue;
            var own = tasks[j].Except(stronger.SelectMany(i => tasks[i])).ToArray();
            var excluded = tasks[j].Count - own.Length;
            var judged = own.Length == 0 ? null : OnTasks(results, benchmarks, measured, own, measurements[j], settings);
            var m = measurements[j];
            separated[j] = m with
            {
                IsDeficit = judged?.IsDeficit ?? false,
                Evidence =
                [
                    .. m.Evidence,
                    new("shared_tasks_excluded", excluded),
                    new("own_tasks", own.Length),
                    .. judged is null ? (IReadOnlyList<Evidence>)[] :
                    [new("own_value", judged.Value), new("own_comparable", judged.Comparable), new("own_gap", judged.Gap), new("own_z", judged.Z)],
                ],
            };
        }
        return separated;
    }

    private static bool Stronger(SkillMeasurement a, int ia, SkillMeasurement b, int ib) => a.Z > b.Z || (a.Z == b.Z && ia < ib);

    /// <summary>The pooled rule of <see cref="ResultsDeficits"/> on a set of tasks instead of a skill's.</summary>
    private static SkillMeasurement OnTasks(ProcedureResults results, IReadOnlyDictionary<ResultsClass, ClassBenchmark> benchmarks,
        IReadOnlyList<ResultsClass> measured, IReadOnlyList<int> tasks, SkillMeasurement of, StaffDevelopmentSettings settings)
    {
        double value = 0, comparable = 0, variance = 0;
        var works = 0;
        foreach (var c in measured)
        {
            var others = benchmarks[c].Comparables.Select(o => o.SuccessOn(tasks, results.TaskMax)).ToArray();
            var mean = others.Average();
            var sd = others.Length > 1 ? Math.Sqrt(others.Sum(x => (x - mean) * (x - mean)) / (others.Length - 1)) : 0;
            value += c.Works * c.SuccessOn(tasks, results.TaskMax);
            comparable += c.Works * mean;
            variance += (double)c.Works * c.Works * sd * sd;
            works += c.Works;
        }
        return ResultsDeficits.Decide(of.Skill, value / works, comparable / works, Math.Sqrt(variance) / works, works,
            measured.Count, of.ComparableClasses, settings);
    }
}
