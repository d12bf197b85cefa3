using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Indicators;

/// <summary>The indicators of domain.md §4.1, computed from packed works (no I/O); definitions in docs/methodology.md §3.</summary>
public static class IndicatorCalculator
{
    private const byte NotDone = 255;

    /// <summary>
    /// A share computed as a difference of two percentages may miss a whole threshold by a rounding error
    /// (43.333… − 33.333… = 9.999…96); a change this close to the threshold counts as reaching it.
    /// </summary>
    private const double ThresholdTolerance = 1e-9;

    /// <summary>One pass over the works: statistics per school id.</summary>
    public static IReadOnlyDictionary<int, ResultStats> BySchool(ProcedureWorks works)
    {
        var design = works.Design;
        var taskCount = works.TaskCount;
        var contributions = TaskContributions(design);
        var minScore = design.MinScore ?? int.MinValue;

        var schoolIds = works.SchoolIds;
        var primary = works.PrimaryScores;
        var marks = works.Marks;
        var journal = works.JournalMarks;
        var scores = works.Scores;
        if (primary.Length != schoolIds.Length || marks.Length != schoolIds.Length || journal.Length != schoolIds.Length
            || scores.Length != schoolIds.Length * taskCount)
            throw new ArgumentException("The works' columns differ in length.", nameof(works));

        var result = new Dictionary<int, ResultStats>();
        // Works arrive grouped by school in practice, so the last school's statistics are kept at hand.
        var currentId = 0;
        ResultStats? current = null;
        for (var i = 0; i < schoolIds.Length; i++)
        {
            var schoolId = schoolIds[i];
            if (current is null || schoolId != currentId)
            {
                if (!result.TryGetValue(schoolId, out current))
                {
                    current = new ResultStats(taskCount, design.MaxScore);
                    result.Add(schoolId, current);
                }
                currentId = schoolId;
            }

            var score = primary[i];
            current.Participants++;
            current.PrimaryScoreSum += score;
            current.ScoreHistogram[score]++;
            if (score < minScore) current.BelowMinimum++;

            int mark = marks[i];
            if (mark is >= 2 and <= 5) current.MarkCounts[mark - 2]++;
            int journalMark = journal[i];
            if (mark != 0 && journalMark != 0)
            {
                current.JournalCompared++;
                if (mark < journalMark) current.JournalLower++;
                else if (mark > journalMark) current.JournalHigher++;
                else current.JournalSame++;
                if (Math.Abs(mark - journalMark) >= 2) current.JournalDifferByTwoOrMore++;
            }

            AddTaskScores(scores.AsSpan(i * taskCount, taskCount), contributions, current.TaskScoreSums, current.TaskFullScores);
        }
        return result;
    }

    /// <summary>
    /// For task <c>t</c> and packed byte <c>v</c>, entry <c>t·256 + v</c> holds the points <c>v</c> adds to the task's
    /// sum (0 for a task not done) in its low 16 bits and 1 in bit 16 when <c>v</c> is the task's maximum: the hot loop
    /// then does one lookup per score instead of two branches.
    /// </summary>
    private static int[] TaskContributions(ProcedureDesign design)
    {
        var table = new int[design.Tasks.Count * 256];
        for (var t = 0; t < design.Tasks.Count; t++)
        {
            var max = design.Tasks[t].MaxScore;
            for (var v = 0; v < NotDone; v++) table[(t << 8) | v] = v | (v == max ? FullScoreBit : 0);
        }
        return table;
    }

    private const int FullScoreBit = 1 << 16;

    // The one hot loop of the indicators (5 million scores a region-year): no bounds checks, no branches.
    private static void AddTaskScores(ReadOnlySpan<byte> row, int[] contributions, long[] sums, int[] fullScores)
    {
        ref var contribution = ref MemoryMarshal.GetArrayDataReference(contributions);
        ref var sum = ref MemoryMarshal.GetArrayDataReference(sums);
        ref var full = ref MemoryMarshal.GetArrayDataReference(fullScores);
        for (var t = 0; t < row.Length; t++)
        {
            var packed = Unsafe.Add(ref contribution, (t << 8) | row[t]);
            Unsafe.Add(ref sum, t) += packed & 0xFFFF;
            Unsafe.Add(ref full, t) += packed >> 16;
        }
    }

    /// <summary>The sum of several groups' statistics (a municipality of schools, the region of municipalities).</summary>
    public static ResultStats Sum(ProcedureDesign design, IEnumerable<ResultStats> groups)
    {
        var sum = new ResultStats(design.Tasks.Count, design.MaxScore);
        foreach (var group in groups) sum.Add(group);
        return sum;
    }

    public static ProcedureIndicators Indicators(ProcedureDesign design, ResultStats stats, IndicatorSettings settings)
    {
        var n = stats.Participants;
        if (n == 0 || n < settings.SuppressionMinimum)
            return new ProcedureIndicators(design.Code, n, GroupStatus.Suppressed, null, null, null, null, null, null,
                [], [], [], null);

        var status = n < settings.InformativeMinimum ? GroupStatus.NotInformative : GroupStatus.Informative;

        // Percentages are 100·count/total in one division, so a share that is a whole or exactly representable
        // number (60, 57, 28.5) comes out exactly and the success-level bands are decided without rounding noise.
        MarkShares? marks = null;
        double? successRate = null, qualityRate = null;
        var c = stats.MarkCounts;
        var marked = c[0] + c[1] + c[2] + c[3];
        if (design.Thresholds is not null && marked > 0)
        {
            marks = new MarkShares(Percent(c[0], marked), Percent(c[1], marked), Percent(c[2], marked), Percent(c[3], marked));
            successRate = Percent(c[1] + c[2] + c[3], marked);
            qualityRate = Percent(c[2] + c[3], marked);
        }

        var tasks = new TaskIndicator[design.Tasks.Count];
        for (var t = 0; t < tasks.Length; t++)
        {
            var task = design.Tasks[t];
            var sum = stats.TaskScoreSums[t];
            var rate = 100.0 * sum / ((double)n * task.MaxScore);
            tasks[t] = new TaskIndicator(t, task.Label, task.Level, task.MaxScore, (double)sum / n, rate,
                Percent(stats.TaskFullScores[t], n), Level(task.Level, rate, settings));
        }

        JournalComparison? journal = null;
        var compared = stats.JournalCompared;
        if (compared > 0)
            journal = new JournalComparison(compared, Percent(stats.JournalLower, compared), Percent(stats.JournalSame, compared),
                Percent(stats.JournalHigher, compared), Percent(stats.JournalDifferByTwoOrMore, compared));

        return new ProcedureIndicators(
            design.Code, n, status,
            MeanScore: (double)stats.PrimaryScoreSum / n,
            MeanPercent: 100.0 * stats.PrimaryScoreSum / ((double)n * design.MaxScore),
            marks, successRate, qualityRate,
            BelowMinimumShare: design.MinScore is null ? null : Percent(stats.BelowMinimum, n),
            tasks, Skills(design, stats), [.. stats.ScoreHistogram], journal);
    }

    /// <summary>The share of "2" year by year, with its change and the negative-dynamics flag.</summary>
    public static IReadOnlyList<DynamicsPoint> Dynamics(IEnumerable<(ProcedureDesign Design, ProcedureIndicators Indicators)> series, IndicatorSettings settings)
    {
        var ordered = series.OrderBy(p => p.Design.Year).ThenBy(p => p.Design.Code, StringComparer.Ordinal).ToList();
        var points = new List<DynamicsPoint>(ordered.Count);
        double? previous = null;
        foreach (var (design, indicators) in ordered)
        {
            var share = indicators.Marks?.Two;
            var change = share is not null && previous is not null ? share - previous : null;
            var negative = change is { } rise && rise >= settings.NegativeDynamicsRise - ThresholdTolerance;
            points.Add(new DynamicsPoint(design.Year, design.Code, indicators.Participants, share, change, negative));
            previous = share;
        }
        return points;
    }

    public static SuccessLevel Level(TaskLevel level, double successRate, IndicatorSettings settings)
    {
        var (sufficient, insufficient) = level == TaskLevel.Basic
            ? (settings.BasicSufficient, settings.BasicInsufficient)
            : (settings.AdvancedSufficient, settings.AdvancedInsufficient);
        return successRate >= sufficient ? SuccessLevel.Sufficient
            : successRate < insufficient ? SuccessLevel.Insufficient
            : SuccessLevel.Uncertain;
    }

    private static IReadOnlyList<SkillIndicator> Skills(ProcedureDesign design, ResultStats stats)
    {
        var map = SkillMaps.GetValue(design, SkillMap.Of);
        if (map.Codes.Length == 0) return [];
        var skills = new SkillIndicator[map.Codes.Length];
        var sums = stats.TaskScoreSums;
        for (var k = 0; k < skills.Length; k++)
        {
            long scored = 0;
            foreach (var t in map.Tasks[k]) scored += sums[t];
            skills[k] = new SkillIndicator(map.Codes[k], map.Tasks[k].Length, 100.0 * scored / ((double)stats.Participants * map.Max[k]));
        }
        return skills;
    }

    /// <summary>
    /// Which tasks check each skill, worked out once per design: a page sums and rates a thousand schools of one
    /// procedure, and sorting the skills for each of them would cost more than all the arithmetic.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProcedureDesign, SkillMap> SkillMaps = new();

    private sealed record SkillMap(string[] Codes, int[][] Tasks, long[] Max)
    {
        public static SkillMap Of(ProcedureDesign design)
        {
            var bySkill = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            for (var t = 0; t < design.Tasks.Count; t++)
                foreach (var skill in design.Tasks[t].Skills)
                {
                    if (!bySkill.TryGetValue(skill, out var tasks)) bySkill[skill] = tasks = [];
                    // A skill named twice for one task is still one task of it.
                    if (tasks.Count == 0 || tasks[^1] != t) tasks.Add(t);
                }
            return new SkillMap([.. bySkill.Keys], [.. bySkill.Values.Select(v => v.ToArray())],
                [.. bySkill.Values.Select(v => v.Sum(t => (long)design.Tasks[t].MaxScore))]);
        }
    }

    private static double Percent(int count, int total) => 100.0 * count / total;
}
