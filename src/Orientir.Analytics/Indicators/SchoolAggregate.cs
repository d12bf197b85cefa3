namespace Orientir.Analytics.Indicators;

/// <summary>
/// One school's results in one procedure as a per-school form reports them, for procedures without student-level
/// works. Shares are percent (0–100); every measure but the participants may be unknown (null).
/// </summary>
public sealed record SchoolAggregate(
    int SchoolId,
    int Participants,
    double? Mark2Share = null,
    double? Mark3Share = null,
    double? Mark4Share = null,
    double? Mark5Share = null,
    int? BelowMinimum = null,
    int? Score80To99 = null,
    int? Score100 = null,
    double? MeanScore = null,
    double? MeanMark = null)
{
    /// <summary>The number of participants a share stands for: forms round shares, so a count is the nearest whole.</summary>
    public static int Count(double share, int participants) =>
        (int)Math.Round(share * participants / 100, MidpointRounding.AwayFromZero);

    /// <summary>Counts of the marks 2..5 when the form gives all four shares, else null.</summary>
    public int[]? MarkCounts() =>
        Mark2Share is { } two && Mark3Share is { } three && Mark4Share is { } four && Mark5Share is { } five
            ? [Count(two, Participants), Count(three, Participants), Count(four, Participants), Count(five, Participants)]
            : null;
}

/// <summary>A procedure's per-school aggregates: what the school analytics use where the procedure has no works.</summary>
public sealed record ProcedureAggregates(ProcedureDesign Design, IReadOnlyList<SchoolAggregate> Schools);
