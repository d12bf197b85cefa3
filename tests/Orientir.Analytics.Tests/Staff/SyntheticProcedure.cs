using Orientir.Analytics.Staff.Deficits;

namespace Orientir.Analytics.Tests.Staff;

/// <summary>
/// A synthetic procedure scored by an IRT-like model: a student of ability θ earns each point of a task of difficulty b
/// with probability 1 / (1 + e^(b − θ + drop)), where drop is the planted deficit of the class's teacher on the task's
/// skill. Every class has its own teacher; schools and classes differ in mean ability, so comparable classes matter.
/// </summary>
public sealed class SyntheticProcedure
{
    public const int Skills = 8;

    private SyntheticProcedure(ProcedureResults results, IReadOnlyDictionary<ResultsClass, string> planted)
    {
        Results = results;
        Planted = planted;
    }

    public ProcedureResults Results { get; }
    /// <summary>The classes (teachers) with a planted drop, and the skill it is on.</summary>
    public IReadOnlyDictionary<ResultsClass, string> Planted { get; }

    public static string Skill(int k) => $"K{k + 1}";

    /// <param name="plantedShare">The share of classes whose teacher has a drop on one random skill.</param>
    /// <param name="drop">The drop, logits.</param>
    public static SyntheticProcedure Draw(int seed, int schools = 200, int classesPerSchool = 2, double plantedShare = 0.2,
        double drop = 1.5, int minStudents = 15, int maxStudents = 30)
    {
        var random = new Random(seed);
        // Two tasks per skill (1 or 2 points) and two tasks that check two skills at once.
        var tasks = new List<(int MaxScore, IReadOnlyList<string> Skills)>();
        for (var k = 0; k < Skills; k++)
        {
            tasks.Add((1, [Skill(k)]));
            tasks.Add((2, [Skill(k)]));
        }
        tasks.Add((2, [Skill(0), Skill(1)]));
        tasks.Add((1, [Skill(2), Skill(3)]));
        var difficulty = tasks.Select(_ => Normal(random) * 0.8).ToArray();
        var results = new ProcedureResults(tasks);
        var plantedSkill = new Dictionary<(int, string), int>();
        var scores = new byte[tasks.Count];
        for (var s = 1; s <= schools; s++)
        {
            var schoolMean = Normal(random) * 0.6;
            for (var c = 0; c < classesPerSchool; c++)
            {
                var label = $"{4}{(char)('А' + c)}";
                var classMean = schoolMean + Normal(random) * 0.3;
                var deficit = random.NextDouble() < plantedShare ? random.Next(Skills) : -1;
                if (deficit >= 0) plantedSkill[(s, label)] = deficit;
                var students = random.Next(minStudents, maxStudents + 1);
                for (var p = 0; p < students; p++)
                {
                    var theta = classMean + Normal(random);
                    for (var t = 0; t < tasks.Count; t++)
                    {
                        var shift = deficit >= 0 && tasks[t].Skills.Contains(Skill(deficit)) ? drop : 0;
                        var probability = 1 / (1 + Math.Exp(difficulty[t] - theta + shift));
                        var points = 0;
                        for (var point = 0; point < tasks[t].MaxScore; point++)
                            if (random.NextDouble() < probability) points++;
                        scores[t] = random.NextDouble() < 0.02 ? (byte)255 : (byte)points;
                    }
                    results.Add(s, label, scores);
                }
            }
        }
        var planted = plantedSkill.ToDictionary(p => results.Find(p.Key.Item1, p.Key.Item2)!, p => Skill(p.Value));
        return new SyntheticProcedure(results, planted);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
