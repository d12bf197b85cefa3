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

    public void Add(ResultStats other) => throw new NotImplementedException("Contract: filled in by the indicators work.");
}
