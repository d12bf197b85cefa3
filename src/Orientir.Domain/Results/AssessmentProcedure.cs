namespace Orientir.Domain.Results;

/// <summary>An assessment procedure (оценочная процедура): one kind, subject, grade and year, e.g. <c>VPR-2025-RU-4</c>.</summary>
public sealed class AssessmentProcedure
{
    private readonly List<AssessmentTask> _tasks = [];

    public AssessmentProcedure(string code, ProcedureKind kind, string subject, int grade, int year,
        int maxScore, MarkThresholds? thresholds, int? minScore, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Subject = subject;
        Update(kind, subject, grade, year, maxScore, thresholds, minScore, importBatchId);
    }

    private AssessmentProcedure()
    {
        Code = Subject = "";
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public ProcedureKind Kind { get; private set; }
    public string Subject { get; private set; }
    public int Grade { get; private set; }
    public int Year { get; private set; }
    public int MaxScore { get; private set; }
    public MarkThresholds? Thresholds { get; private set; }
    public int? MinScore { get; private set; }
    public long ImportBatchId { get; private set; }
    public IReadOnlyList<AssessmentTask> Tasks => _tasks;

    public void Update(ProcedureKind kind, string subject, int grade, int year, int maxScore,
        MarkThresholds? thresholds, int? minScore, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (maxScore <= 0) throw new ArgumentOutOfRangeException(nameof(maxScore));
        if (thresholds is not null && !thresholds.IsOrderedWithin(maxScore))
            throw new ArgumentException("Mark thresholds must rise within the maximum score.", nameof(thresholds));
        Kind = kind;
        Subject = subject;
        Grade = grade;
        Year = year;
        MaxScore = maxScore;
        Thresholds = thresholds;
        MinScore = minScore;
        ImportBatchId = importBatchId;
    }

    /// <summary>Replaces the task design; the tasks' maxima must add up to the procedure's maximum.</summary>
    public void ReplaceTasks(IEnumerable<AssessmentTask> tasks)
    {
        var list = tasks.ToList();
        if (list.Sum(t => t.MaxScore) != MaxScore)
            throw new ArgumentException("The tasks' maxima must add up to the procedure's maximum score.", nameof(tasks));
        _tasks.Clear();
        _tasks.AddRange(list);
    }

    public string Title => $"{Kind.Russian()} {ResultsNames.SubjectName(Subject)}, {Grade} класс, {Year}";
}
