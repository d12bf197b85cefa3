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
    /// What the protocol itself says of its design: the number of short tasks and the expanded maxima of the first
    /// row whose strings both parse; when <paramref name="inferShortMaxima"/>, also the largest score seen in each
    /// short position over the whole file (a task no one scored on counts as worth 1 point). Null without such a row.
    /// </summary>
    public static (int ShortCount, int[] ExpandedMaxima, int[]? ShortMaxima)? Scan(ProtocolHead head, ProtocolSource source,
        ProtocolColumns columns, bool inferShortMaxima, CancellationToken cancellationToken)
    {
        int[]? shortMaxima = null, expandedMaxima = null;
        foreach (var row in head.DataRows(source))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shortAnswers = AnswerStrings.ParseShort(columns.Cell(row, ProtocolColumn.ShortAnswers));
            if (!shortAnswers.Ok) continue;
            if (expandedMaxima is null)
            {
                var expanded = AnswerStrings.ParseExpanded(columns.Cell(row, ProtocolColumn.ExpandedAnswers));
                if (!expanded.Ok) continue;
                expandedMaxima = [.. expanded.Tasks.Select(t => t.MaxScore ?? 0)];
                shortMaxima = new int[shortAnswers.Tasks.Count];
                Array.Fill(shortMaxima, 1);
                if (!inferShortMaxima) break;
            }
            if (shortAnswers.Tasks.Count != shortMaxima!.Length) continue;
            for (var i = 0; i < shortMaxima.Length; i++)
                shortMaxima[i] = Math.Max(shortMaxima[i], shortAnswers.Tasks[i].Score ?? 0);
        }
        if (expandedMaxima is null) return null;
        return (shortMaxima!.Length, expandedMaxima, inferShortMaxima ? shortMaxima : null);
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
