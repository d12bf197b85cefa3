using Orientir.Domain.Results;

namespace Orientir.Analytics.Indicators;

/// <summary>What the indicators need to know of a procedure's design.</summary>
public sealed record ProcedureDesign(
    string Code, ProcedureKind Kind, string Subject, int Grade, int Year, int MaxScore,
    MarkThresholds? Thresholds, int? MinScore, IReadOnlyList<TaskDesign> Tasks);

/// <summary>A task in packed-score order.</summary>
public sealed record TaskDesign(string Label, int MaxScore, TaskLevel Level, IReadOnlyList<string> Skills);

/// <summary>
/// A procedure's works in columns, as loaded from the database: work <c>i</c> belongs to school <c>SchoolIds[i]</c>,
/// scored <c>PrimaryScores[i]</c>, with task scores <c>Scores[i*TaskCount .. (i+1)*TaskCount)</c> packed as stored
/// (255 = not done). A mark or journal mark of 0 means none. <c>StudentKeys[i]</c>, when loaded, numbers the work's
/// pseudonymous student the same way in every procedure of one load (-1 = no student id), so works of one student
/// in different procedures and years can be linked without strings.
/// </summary>
public sealed class ProcedureWorks(ProcedureDesign design, int[] schoolIds, int[] primaryScores, byte[] marks, byte[] journalMarks, byte[] scores,
    int[]? studentKeys = null)
{
    public const int NoStudent = -1;

    public ProcedureDesign Design { get; } = design;
    public int Count => SchoolIds.Length;
    public int TaskCount => Design.Tasks.Count;
    public int[] SchoolIds { get; } = schoolIds;
    public int[] PrimaryScores { get; } = primaryScores;
    public byte[] Marks { get; } = marks;
    public byte[] JournalMarks { get; } = journalMarks;
    public byte[] Scores { get; } = scores;
    public int[]? StudentKeys { get; } = studentKeys;
}
