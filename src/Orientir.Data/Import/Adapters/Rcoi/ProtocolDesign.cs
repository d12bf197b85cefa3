namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>
/// The task design a protocol is read against: the short-answer tasks first, then the expanded ones, each with its
/// label and maximum. It is the stored design when the database holds the procedure, else the protocol's own.
/// </summary>
internal sealed record ProtocolDesign(string[] Labels, int[] MaxScores, int ShortCount)
{
    public int ExpandedCount => Labels.Length - ShortCount;

    public int MaxScore => MaxScores.Sum();

    /// <summary>
    /// What the protocol itself says of its design, by majority over the rows whose strings parse, so that one broken
    /// row is reported as the odd one out: the most common number of short tasks and the most common expanded maxima
    /// (ties: the first seen), and the largest score seen in each short position over the rows of that length (a task
    /// no one scored on counts as worth 1 point). Null when no row parses.
    /// </summary>
    public static (int ShortCount, int[] ExpandedMaxima, int[] ShortMaxima)? Scan(ProtocolHead head, ProtocolSource source,
        ProtocolColumns columns, CancellationToken cancellationToken)
    {
        var shortVotes = new Dictionary<int, Vote>();
        var expandedVotes = new Dictionary<string, Vote>(StringComparer.Ordinal);
        foreach (var row in head.DataRows(source))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shortAnswers = AnswerStrings.ParseShort(columns.Cell(row, ProtocolColumn.ShortAnswers));
            var expanded = AnswerStrings.ParseExpanded(columns.Cell(row, ProtocolColumn.ExpandedAnswers));
            if (!shortAnswers.Ok || !expanded.Ok) continue;

            var count = shortAnswers.Tasks.Count;
            if (!shortVotes.TryGetValue(count, out var shortVote))
                shortVotes[count] = shortVote = new Vote(shortVotes.Count, Ones(count));
            shortVote.Rows++;
            for (var i = 0; i < count; i++)
                shortVote.Maxima[i] = Math.Max(shortVote.Maxima[i], shortAnswers.Tasks[i].Score ?? 0);

            int[] maxima = [.. expanded.Tasks.Select(t => t.MaxScore ?? 0)];
            var key = string.Join(',', maxima);
            if (!expandedVotes.TryGetValue(key, out var expandedVote))
                expandedVotes[key] = expandedVote = new Vote(expandedVotes.Count, maxima);
            expandedVote.Rows++;
        }
        if (shortVotes.Count == 0) return null;
        var shortDesign = Vote.Winner(shortVotes.Values).Maxima;
        return (shortDesign.Length, Vote.Winner(expandedVotes.Values).Maxima, shortDesign);
    }

    private sealed class Vote(int order, int[] maxima)
    {
        public int Rows { get; set; }
        public int[] Maxima { get; } = maxima;

        public static Vote Winner(IEnumerable<Vote> votes) => votes.OrderByDescending(v => v.Rows).ThenBy(v => v.Order).First();

        private int Order { get; } = order;
    }

    private static int[] Ones(int count)
    {
        var ones = new int[count];
        Array.Fill(ones, 1);
        return ones;
    }

    /// <summary>A new procedure's design: tasks labelled 1..n, short maxima as inferred, expanded as the parentheses say.</summary>
    public static ProtocolDesign Inferred(int[] shortMaxima, int[] expandedMaxima)
    {
        int[] maxima = [.. shortMaxima, .. expandedMaxima];
        return new ProtocolDesign([.. Enumerable.Range(1, maxima.Length).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            maxima, shortMaxima.Length);
    }

    /// <summary>
    /// The stored design, when the protocol fits it: as many tasks, and the expanded maxima equal to the stored ones
    /// of the last tasks; else a Russian description of the difference.
    /// </summary>
    public static (ProtocolDesign? Design, string? Difference) Stored(KnownProcedure known, int shortCount, int[] expandedMaxima)
    {
        var tasks = known.Tasks;
        if (tasks.Count != shortCount + expandedMaxima.Length)
            return (null, $"в базе у процедуры «{known.Code}» {tasks.Count} заданий, а в протоколе {shortCount} с кратким " +
                          $"и {expandedMaxima.Length} с развёрнутым ответом ({shortCount + expandedMaxima.Length})");
        for (var i = 0; i < expandedMaxima.Length; i++)
        {
            var stored = tasks[shortCount + i];
            if (stored.MaxScore != expandedMaxima[i])
                return (null, $"задание «{stored.Label}» процедуры «{known.Code}» в базе оценивается из {stored.MaxScore}, " +
                              $"а в протоколе из {expandedMaxima[i]}");
        }
        return (new ProtocolDesign([.. tasks.Select(t => t.Label)], [.. tasks.Select(t => t.MaxScore)], shortCount), null);
    }
}
