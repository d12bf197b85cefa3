namespace Orientir.Domain.Results;

/// <summary>
/// One school's results in one procedure as a per-school form reports them (the ФИС ОКО statistics form, a regional
/// ЕГЭ-by-school form), for procedures whose student-level works the region does not receive. Every measure but the
/// participants may be unknown (null): a form that does not carry it, or a value the import rejected as impossible.
/// </summary>
public sealed class SchoolResultAggregate
{
    public SchoolResultAggregate(int procedureId, int schoolId, long importBatchId)
    {
        ProcedureId = procedureId;
        SchoolId = schoolId;
        ImportBatchId = importBatchId;
    }

    private SchoolResultAggregate() { }

    public long Id { get; private set; }
    public int ProcedureId { get; private set; }
    public int SchoolId { get; private set; }
    public int Participants { get; private set; }
    /// <summary>Shares of the marks 2, 3, 4 and 5 among the participants, percent 0–100.</summary>
    public double? Mark2Share { get; private set; }
    public double? Mark3Share { get; private set; }
    public double? Mark4Share { get; private set; }
    public double? Mark5Share { get; private set; }
    /// <summary>ЕГЭ: participants below the minimum score, with 80–99 and with 100 test points.</summary>
    public int? BelowMinimum { get; private set; }
    public int? Score80To99 { get; private set; }
    public int? Score100 { get; private set; }
    /// <summary>Mean score on the procedure's scale (ЕГЭ: test points 0–100).</summary>
    public double? MeanScore { get; private set; }
    /// <summary>Mean mark on the 5-point scale (ЕГЭ basic mathematics, forms that report marks only).</summary>
    public double? MeanMark { get; private set; }
    public long ImportBatchId { get; private set; }

    public void Update(int participants, double? mark2Share, double? mark3Share, double? mark4Share, double? mark5Share,
        int? belowMinimum, int? score80To99, int? score100, double? meanScore, double? meanMark, long importBatchId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(participants);
        Participants = participants;
        Mark2Share = mark2Share;
        Mark3Share = mark3Share;
        Mark4Share = mark4Share;
        Mark5Share = mark5Share;
        BelowMinimum = belowMinimum;
        Score80To99 = score80To99;
        Score100 = score100;
        MeanScore = meanScore;
        MeanMark = meanMark;
        ImportBatchId = importBatchId;
    }
}
