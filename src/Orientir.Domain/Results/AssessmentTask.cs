namespace Orientir.Domain.Results;

/// <summary>A task or criterion of a procedure's КИМ; <see cref="Number"/> is its position in every work's packed scores.</summary>
public sealed class AssessmentTask
{
    /// <summary>Scores are packed one byte per task; 255 marks a task not done.</summary>
    public const int LargestMaxScore = 254;

    public AssessmentTask(int number, string label, int maxScore, TaskLevel level, IReadOnlyList<string> skills, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (maxScore is < 1 or > LargestMaxScore) throw new ArgumentOutOfRangeException(nameof(maxScore));
        Number = number;
        Label = label;
        MaxScore = maxScore;
        Level = level;
        Skills = [.. skills];
        ImportBatchId = importBatchId;
    }

    private AssessmentTask()
    {
        Label = "";
        Skills = [];
    }

    public int Id { get; private set; }
    public int ProcedureId { get; private set; }
    public int Number { get; private set; }
    public string Label { get; private set; }
    public int MaxScore { get; private set; }
    public TaskLevel Level { get; private set; }
    public string[] Skills { get; private set; }
    public long ImportBatchId { get; private set; }
}
