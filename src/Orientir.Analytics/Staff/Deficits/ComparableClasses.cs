namespace Orientir.Analytics.Staff.Deficits;

/// <summary>
/// What a class is compared with: per skill, the mean and the standard deviation (percent) of the success of its
/// comparable classes, and which classes they are.
/// </summary>
public sealed class ClassBenchmark(double[] expected, double[] sd, ResultsClass[] comparables)
{
    private readonly double[] _expected = expected;
    private readonly double[] _sd = sd;

    public IReadOnlyList<ResultsClass> Comparables { get; } = comparables;
    public double Expected(int skill) => _expected[skill];
    public double Sd(int skill) => _sd[skill];
}

/// <summary>
/// The comparable classes of docs/methodology.md §6: for each class with at least <see cref="StaffDevelopmentSettings.MinimumWorks"/>
/// works, the <see cref="StaffDevelopmentSettings.ComparableClasses"/> classes of the same procedure from other schools
/// nearest to it in overall success. Classes are sorted by overall success once and each class takes its neighbours
/// outwards from its own position, so a procedure of thousands of classes costs a sort, not an all-pairs search.
/// </summary>
public static class ComparableClasses
{
    /// <summary>The benchmark of every class that has one; a class with too few works or comparables has none.</summary>
    public static IReadOnlyDictionary<ResultsClass, ClassBenchmark> Of(ProcedureResults results, StaffDevelopmentSettings settings)
    {
        var eligible = results.Classes.Where(c => c.Works >= settings.MinimumWorks)
            .OrderBy(c => c.Success).ThenBy(c => c.SchoolId).ThenBy(c => c.ClassLabel, StringComparer.Ordinal).ToArray();
        var n = eligible.Length;
        var skills = results.Skills.Count;
        var success = new double[n];
        var skillSuccess = new double[n * skills];
        for (var i = 0; i < n; i++)
        {
            success[i] = eligible[i].Success;
            for (var k = 0; k < skills; k++) skillSuccess[i * skills + k] = eligible[i].SkillSuccess(k);
        }

        var benchmarks = new Dictionary<ResultsClass, ClassBenchmark>(n);
        var chosen = new int[settings.ComparableClasses];
        for (var i = 0; i < n; i++)
        {
            var taken = Nearest(eligible, success, i, chosen);
            if (taken < settings.MinimumComparableClasses) continue;
            var expected = new double[skills];
            var sd = new double[skills];
            for (var k = 0; k < skills; k++)
            {
                double sum = 0;
                for (var j = 0; j < taken; j++) sum += skillSuccess[chosen[j] * skills + k];
                var mean = sum / taken;
                double squares = 0;
                for (var j = 0; j < taken; j++)
                {
                    var d = skillSuccess[chosen[j] * skills + k] - mean;
                    squares += d * d;
                }
                expected[k] = mean;
                sd[k] = Math.Sqrt(squares / (taken - 1));
            }
            var comparables = new ResultsClass[taken];
            for (var j = 0; j < taken; j++) comparables[j] = eligible[chosen[j]];
            benchmarks[eligible[i]] = new ClassBenchmark(expected, sd, comparables);
        }
        return benchmarks;
    }

    /// <summary>
    /// Fills <paramref name="chosen"/> with the nearest classes of other schools, walking outwards from position
    /// <paramref name="i"/>; on equal distance the lower one is taken first, so the choice is stable.
    /// </summary>
    private static int Nearest(ResultsClass[] sorted, double[] success, int i, int[] chosen)
    {
        var school = sorted[i].SchoolId;
        int left = i - 1, right = i + 1, taken = 0;
        while (taken < chosen.Length && (left >= 0 || right < sorted.Length))
        {
            int next;
            if (left < 0) next = right++;
            else if (right >= sorted.Length) next = left--;
            else if (success[i] - success[left] <= success[right] - success[i]) next = left--;
            else next = right++;
            if (sorted[next].SchoolId != school) chosen[taken++] = next;
        }
        return taken;
    }
}
