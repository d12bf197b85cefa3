using Orientir.Domain.Results;

namespace Orientir.Data.Demo;

/// <summary>A scored work; its task scores are in the caller's buffer, <see cref="NotDone"/> for a task not done.</summary>
internal readonly record struct DemoWork(int PrimaryScore, int Mark, int JournalMark, int Variant)
{
    public const int NotDone = -1;
}

/// <summary>
/// Scores a student's work with a graded IRT model: each point of a task is earned with probability
/// logistic(a·(θ − b_k)), θ the student's ability on the day, b_k the difficulty of the task's k-th point.
/// The planted anomalies act here: hints on the hard tasks and pushing scores up to the mark thresholds in
/// schools that inflate their ВПР, marks in the journal above the work's mark in lenient schools.
/// </summary>
internal static class DemoScoring
{
    private const double OccasionNoise = 0.3;
    /// <summary>Success on a hinted advanced task whatever the student knows.</summary>
    private const double HintedSuccess = 0.8;
    /// <summary>Scores this close below a threshold are pushed up to it in an inflating school.</summary>
    private const int BunchingWindow = 3;
    private const double BunchingRate = 0.75;

    /// <param name="drops">Per task, how much lower θ is for this student's class (a planted teacher deficit); null for none.</param>
    public static DemoWork Score(Random random, DemoProcedure procedure, DemoSchool school, DemoStudent student, int[] scores,
        double[]? drops = null)
    {
        var inflated = school.InflatedVpr && procedure.IsVpr;
        var ability = student.Ability(procedure.Design.Subject);
        var theta = ability + random.Normal(0, OccasionNoise) + (inflated ? 0.15 : 0);
        var total = 0;
        for (var t = 0; t < scores.Length; t++)
        {
            var a = procedure.Discrimination[t];
            var points = procedure.PointDifficulty[t];
            var middle = DemoRandom.Logistic(a * (theta - points[points.Length / 2]));
            var hinted = inflated && !procedure.IsBasic[t];
            var notDone = hinted ? 0.002 : procedure.IsBasic[t] ? 0.01 : 0.02 + 0.18 * (1 - middle);
            if (random.Chance(notDone))
            {
                scores[t] = DemoWork.NotDone;
                continue;
            }
            // The drop acts on the points only, not on the chance of skipping the task: a skipped task draws no points,
            // so the works stream draws as many numbers as without planted teachers.
            var taskTheta = theta - (drops?[t] ?? 0);
            var score = 0;
            for (var k = 0; k < points.Length; k++)
            {
                var p = DemoRandom.Logistic(a * (taskTheta - points[k]));
                if (hinted && p < HintedSuccess)
                    p = HintedSuccess;
                if (random.NextDouble() < p)
                    score++;
            }
            scores[t] = score;
            total += score;
        }

        var thresholds = procedure.Design.Thresholds;
        if (inflated)
            total = PushToThreshold(random, procedure, scores, total, thresholds);

        var mark = thresholds.MarkFor(total);
        // Teachers mark partly against their own class: the journal follows ability, a third of it relative to the school.
        var journal = 3.95 + 0.6 * ability + 0.3 * (ability - school.MeanAbility) + random.Normal(0, 0.45)
            + (school.LenientJournal ? 0.9 : 0);
        return new DemoWork(total, mark, Math.Clamp((int)Math.Round(journal), 2, 5), random.Next(1, 3));
    }

    private static int PushToThreshold(Random random, DemoProcedure procedure, int[] scores, int total, MarkThresholds thresholds)
    {
        int target = 0;
        foreach (var threshold in (ReadOnlySpan<int>)[thresholds.Mark3, thresholds.Mark4, thresholds.Mark5])
            if (total < threshold && total >= threshold - BunchingWindow)
                target = threshold;
        if (target == 0 || !random.Chance(BunchingRate))
            return total;
        while (total < target)
        {
            var start = random.Next(scores.Length);
            for (var j = 0; j < scores.Length; j++)
            {
                var t = (start + j) % scores.Length;
                var current = Math.Max(0, scores[t]);
                if (current < procedure.MaxScores[t])
                {
                    scores[t] = current + 1;
                    total++;
                    break;
                }
            }
        }
        return total;
    }
}
