namespace Orientir.Analytics.Staff.Deficits;

/// <summary>
/// One class of a procedure (a school's class label): its works and the points its students earned, overall and per
/// skill. Points on a skill pool every task that checks it; a task not done counts 0 points.
/// </summary>
public sealed class ResultsClass(int schoolId, string classLabel, int skills, int tasks = 0)
{
    public int SchoolId { get; } = schoolId;
    public string ClassLabel { get; } = classLabel;
    public int Works { get; internal set; }
    public double Points { get; internal set; }
    public double MaxPoints { get; internal set; }
    internal double[] SkillPoints { get; } = new double[skills];
    internal double[] SkillMaxPoints { get; } = new double[skills];
    internal double[] TaskPoints { get; } = new double[tasks];

    /// <summary>Overall success, percent of the maximum points of the class's works.</summary>
    public double Success => MaxPoints > 0 ? 100 * Points / MaxPoints : 0;

    /// <summary>Success on the skill at <paramref name="skill"/> (an index into the procedure's skills), percent.</summary>
    public double SkillSuccess(int skill) => SkillMaxPoints[skill] > 0 ? 100 * SkillPoints[skill] / SkillMaxPoints[skill] : 0;

    /// <summary>Success on a set of tasks (positions in the procedure), percent of their maximum over the class's works.</summary>
    public double SuccessOn(IReadOnlyList<int> tasks, IReadOnlyList<int> taskMax)
    {
        double points = 0, max = 0;
        foreach (var t in tasks)
        {
            points += TaskPoints[t];
            max += taskMax[t];
        }
        return max > 0 && Works > 0 ? 100 * points / (max * Works) : 0;
    }
}

/// <summary>
/// The classes of one assessment procedure with their success per skill, accumulated work by work so that a procedure's
/// works can be streamed from the database without being held. Works without a class label belong to no class.
/// </summary>
public sealed class ProcedureResults
{
    private readonly int[] _taskMax;
    private readonly int[][] _taskSkills;
    private readonly Dictionary<(int SchoolId, string Label), ResultsClass> _byKey = [];
    private readonly List<ResultsClass> _classes = [];

    /// <param name="tasks">The procedure's tasks in order of their position in the packed scores: maximum and skill codes.</param>
    public ProcedureResults(IReadOnlyList<(int MaxScore, IReadOnlyList<string> Skills)> tasks)
    {
        var skills = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        _taskMax = new int[tasks.Count];
        _taskSkills = new int[tasks.Count][];
        for (var t = 0; t < tasks.Count; t++)
        {
            _taskMax[t] = tasks[t].MaxScore;
            _taskSkills[t] = tasks[t].Skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)
                .Select(s =>
                {
                    if (index.TryGetValue(s, out var i)) return i;
                    index[s] = skills.Count;
                    skills.Add(s);
                    return skills.Count - 1;
                }).ToArray();
        }
        Skills = skills;
    }

    /// <summary>The skill codes the tasks check, in order of first appearance.</summary>
    public IReadOnlyList<string> Skills { get; }

    /// <summary>The tasks' maxima, by position.</summary>
    public IReadOnlyList<int> TaskMax => _taskMax;

    /// <summary>The positions of the tasks that check the skill at <paramref name="skill"/>.</summary>
    public IReadOnlyList<int> TasksOf(int skill) =>
        Enumerable.Range(0, _taskSkills.Length).Where(t => _taskSkills[t].Contains(skill)).ToArray();

    public IReadOnlyList<ResultsClass> Classes => _classes;

    /// <summary>The key a class label is matched by: trimmed and upper-cased, so «4а» and «4А » are one class.</summary>
    public static string LabelKey(string label) => label.Trim().ToUpperInvariant();

    /// <summary>Adds one work: its packed task scores (<paramref name="notDone"/> marks a task not done, 0 points).</summary>
    public void Add(int schoolId, string? classLabel, ReadOnlySpan<byte> scores, byte notDone = 255)
    {
        if (string.IsNullOrWhiteSpace(classLabel)) return;
        var label = LabelKey(classLabel);
        if (!_byKey.TryGetValue((schoolId, label), out var c))
        {
            c = new ResultsClass(schoolId, label, Skills.Count, _taskMax.Length);
            _byKey[(schoolId, label)] = c;
            _classes.Add(c);
        }
        c.Works++;
        var tasks = Math.Min(scores.Length, _taskMax.Length);
        for (var t = 0; t < _taskMax.Length; t++)
        {
            var points = t < tasks && scores[t] != notDone ? scores[t] : 0;
            var max = _taskMax[t];
            c.Points += points;
            c.MaxPoints += max;
            c.TaskPoints[t] += points;
            foreach (var k in _taskSkills[t])
            {
                c.SkillPoints[k] += points;
                c.SkillMaxPoints[k] += max;
            }
        }
    }

    /// <summary>The class of <paramref name="schoolId"/> with <paramref name="classLabel"/>, if it has works in the procedure.</summary>
    public ResultsClass? Find(int schoolId, string classLabel) =>
        _byKey.GetValueOrDefault((schoolId, LabelKey(classLabel)));
}
