using Orientir.Domain.Results;

namespace Orientir.Analytics.Indicators;

/// <summary>
/// Additive statistics of a group of schools' aggregates in one procedure: a municipality's or the region's are the
/// sum of its schools', so every mean is weighted by participants and every share is a share of summed counts.
/// </summary>
public sealed class AggregateStats
{
    public int Participants { get; private set; }
    /// <summary>Counts of the marks 2..5 (rounded from each school's shares) and the participants they cover.</summary>
    public int[] MarkCounts { get; } = new int[4];
    public int Marked { get; private set; }
    public int BelowMinimum { get; private set; }
    /// <summary>Participants of the schools whose form gives the number below the minimum.</summary>
    public int BelowMinimumKnown { get; private set; }
    public int? Score80To99 { get; private set; }
    public int? Score100 { get; private set; }
    public double MeanScoreSum { get; private set; }
    public int MeanScoreKnown { get; private set; }
    public double MeanMarkSum { get; private set; }
    public int MeanMarkKnown { get; private set; }

    public void Add(SchoolAggregate school)
    {
        var n = school.Participants;
        Participants += n;
        if (school.MarkCounts() is { } counts)
            for (var m = 0; m < 4; m++)
            {
                MarkCounts[m] += counts[m];
                Marked += counts[m];
            }
        if (school.BelowMinimum is { } below)
        {
            BelowMinimum += below;
            BelowMinimumKnown += n;
        }
        if (school.Score80To99 is { } high) Score80To99 = (Score80To99 ?? 0) + high;
        if (school.Score100 is { } full) Score100 = (Score100 ?? 0) + full;
        if (school.MeanScore is { } mean)
        {
            MeanScoreSum += mean * n;
            MeanScoreKnown += n;
        }
        if (school.MeanMark is { } mark)
        {
            MeanMarkSum += mark * n;
            MeanMarkKnown += n;
        }
    }
}

/// <summary>
/// The indicators of a procedure known only from per-school forms (docs/methodology.md «Aggregated results»): the
/// participants, the marks, the mean, the share below the minimum and the ЕГЭ high scores. Tasks, skills, the score
/// distribution and the journal comparison need works and stay empty.
/// </summary>
public static class AggregateIndicators
{
    /// <summary>
    /// The top of the scale a form's mean score is on: ЕГЭ forms report test points (0–100), every other form the
    /// procedure's primary score.
    /// </summary>
    public static int ScaleMaximum(ProcedureDesign design) => design.Kind == ProcedureKind.Ege ? 100 : design.MaxScore;

    public static AggregateStats Sum(IEnumerable<SchoolAggregate> schools)
    {
        var stats = new AggregateStats();
        foreach (var school in schools) stats.Add(school);
        return stats;
    }

    public static ProcedureIndicators Indicators(ProcedureDesign design, AggregateStats stats, IndicatorSettings settings)
    {
        var n = stats.Participants;
        if (n == 0 || n < settings.SuppressionMinimum)
            return new ProcedureIndicators(design.Code, n, GroupStatus.Suppressed, null, null, null, null, null, null,
                [], [], [], null, FromSchoolAggregates: true);
        var status = n < settings.InformativeMinimum ? GroupStatus.NotInformative : GroupStatus.Informative;

        MarkShares? marks = null;
        double? successRate = null, qualityRate = null;
        var c = stats.MarkCounts;
        var marked = stats.Marked;
        if (marked > 0)
        {
            marks = new MarkShares(Percent(c[0], marked), Percent(c[1], marked), Percent(c[2], marked), Percent(c[3], marked));
            successRate = Percent(c[1] + c[2] + c[3], marked);
            qualityRate = Percent(c[2] + c[3], marked);
        }

        double? meanScore = stats.MeanScoreKnown > 0 ? stats.MeanScoreSum / stats.MeanScoreKnown : null;
        var scale = ScaleMaximum(design);
        return new ProcedureIndicators(
            design.Code, n, status,
            MeanScore: meanScore,
            MeanPercent: meanScore is { } mean && scale > 0 ? 100 * mean / scale : null,
            marks, successRate, qualityRate,
            BelowMinimumShare: stats.BelowMinimumKnown > 0 ? Percent(stats.BelowMinimum, stats.BelowMinimumKnown) : null,
            Tasks: [], Skills: [], ScoreHistogram: [], Journal: null,
            MeanMark: stats.MeanMarkKnown > 0 ? stats.MeanMarkSum / stats.MeanMarkKnown : null,
            Score80To99: stats.Score80To99,
            Score100: stats.Score100,
            FromSchoolAggregates: true);
    }

    private static double Percent(int count, int total) => 100.0 * count / total;
}
