namespace Orientir.Analytics.Indicators;

/// <summary>
/// Additive sufficient statistics of a group of works in one procedure: every indicator is a function of these
/// sums, so a municipality's or the region's statistics are exactly the sum of its schools'.
/// </summary>
public sealed class ResultStats
{
    public ResultStats(int taskCount, int maxScore)
    {
        TaskScoreSums = new long[taskCount];
        TaskFullScores = new int[taskCount];
        ScoreHistogram = new int[maxScore + 1];
    }

    public int Participants { get; set; }
    public long PrimaryScoreSum { get; set; }
    /// <summary>Counts of the marks 2, 3, 4, 5 at indices 0..3.</summary>
    public int[] MarkCounts { get; } = new int[4];
    public int BelowMinimum { get; set; }
    public long[] TaskScoreSums { get; }
    public int[] TaskFullScores { get; }
    public int[] ScoreHistogram { get; }
    public int JournalCompared { get; set; }
    public int JournalLower { get; set; }
    public int JournalSame { get; set; }
    public int JournalHigher { get; set; }
    public int JournalDifferByTwoOrMore { get; set; }

    /// <summary>Adds another group of the same procedure; statistics of different designs cannot be added (a bug).</summary>
    public void Add(ResultStats other)
    {
        if (other.TaskScoreSums.Length != TaskScoreSums.Length || other.ScoreHistogram.Length != ScoreHistogram.Length)
            throw new ArgumentException("Statistics of procedures of different designs cannot be added.", nameof(other));
        Participants += other.Participants;
        PrimaryScoreSum += other.PrimaryScoreSum;
        BelowMinimum += other.BelowMinimum;
        JournalCompared += other.JournalCompared;
        JournalLower += other.JournalLower;
        JournalSame += other.JournalSame;
        JournalHigher += other.JournalHigher;
        JournalDifferByTwoOrMore += other.JournalDifferByTwoOrMore;
        AddTo(MarkCounts, other.MarkCounts);
        AddTo(TaskFullScores, other.TaskFullScores);
        AddTo(ScoreHistogram, other.ScoreHistogram);
        var sums = TaskScoreSums;
        var add = other.TaskScoreSums;
        for (var i = 0; i < sums.Length; i++) sums[i] += add[i];
    }

    private static void AddTo(int[] target, int[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
