namespace Orientir.Domain.Results;

/// <summary>
/// One student's work in one procedure. The task scores are packed into <see cref="Scores"/>, one byte per
/// task in task order (<see cref="NotDone"/> for a task not done), because a region holds tens of millions
/// of task scores and a row per score would dwarf everything else.
/// </summary>
public sealed class StudentWork
{
    public const byte NotDone = 255;

    public StudentWork(int procedureId, int schoolId, string participant, string? student, string? classLabel,
        string? variant, int? journalMark, byte[] scores, int primaryScore, int? mark, long importBatchId, int? testScore = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(participant);
        ProcedureId = procedureId;
        SchoolId = schoolId;
        Participant = participant;
        Student = student;
        ClassLabel = classLabel;
        Variant = variant;
        JournalMark = (byte?)journalMark;
        Scores = scores;
        PrimaryScore = primaryScore;
        Mark = (byte?)mark;
        TestScore = (short?)testScore;
        ImportBatchId = importBatchId;
    }

    private StudentWork()
    {
        Participant = "";
        Scores = [];
    }

    public long Id { get; private set; }
    public int ProcedureId { get; private set; }
    public int SchoolId { get; private set; }
    public string Participant { get; private set; }
    /// <summary>Stable pseudonymous student id, the same across procedures and years; never a name.</summary>
    public string? Student { get; private set; }
    public string? ClassLabel { get; private set; }
    public string? Variant { get; private set; }
    public byte? JournalMark { get; private set; }
    public byte[] Scores { get; private set; }
    public int PrimaryScore { get; private set; }
    public byte? Mark { get; private set; }
    /// <summary>ЕГЭ: the test score (тестовый балл, 0–100) the primary score converts to, as the РЦОИ protocol gives it.</summary>
    public short? TestScore { get; private set; }
    public long ImportBatchId { get; private set; }

    /// <summary>The score of the task at <paramref name="number"/>, with a task not done counted as 0 points.</summary>
    public int ScoreOf(int number) => Scores[number] == NotDone ? 0 : Scores[number];
}
