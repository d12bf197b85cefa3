using Orientir.Domain.Results;

namespace Orientir.Data.Demo;

/// <summary>One procedure of one year: a design with this year's task difficulties.</summary>
internal sealed class DemoProcedure
{
    /// <summary>Difficulty of the next point of a multi-point task, in student SD.</summary>
    private const double PointStep = 0.55;

    public DemoProcedure(int seed, int designIndex, DemoTaskDesign design, int year)
    {
        DesignIndex = designIndex;
        Design = design;
        Year = year;
        Code = design.CodeFor(year);
        var tasks = design.Tasks;
        MaxScores = tasks.Select(t => t.MaxScore).ToArray();
        IsBasic = tasks.Select(t => t.Level == TaskLevel.Basic).ToArray();
        Discrimination = new double[tasks.Count];
        PointDifficulty = new double[tasks.Count][];
        // The design fixes each task's difficulty; a year's КИМ varies around it.
        var designRandom = DemoRandom.Stream(seed, DemoRandom.DesignStream, designIndex);
        var yearRandom = DemoRandom.Stream(seed, DemoRandom.ProcedureStream, designIndex, year);
        var yearShift = yearRandom.Normal(0, 0.08);
        for (var t = 0; t < tasks.Count; t++)
        {
            var b = tasks[t].Level switch
            {
                TaskLevel.Basic => designRandom.Normal(-0.95, 0.45),
                TaskLevel.Advanced => designRandom.Normal(0.45, 0.4),
                _ => designRandom.Normal(1.3, 0.35),
            } + design.Shift + (tasks[t].Level == TaskLevel.Basic ? 0 : design.HardShift) + yearShift + yearRandom.Normal(0, 0.12);
            Discrimination[t] = designRandom.Uniform(0.8, 1.5);
            PointDifficulty[t] = new double[tasks[t].MaxScore];
            for (var k = 0; k < tasks[t].MaxScore; k++)
                PointDifficulty[t][k] = b + (k - (tasks[t].MaxScore - 1) / 2.0) * PointStep;
        }
    }

    /// <summary>The design's position in <see cref="DemoTaskDesigns.All"/>: a key of the procedure's random streams.</summary>
    public int DesignIndex { get; }
    public DemoTaskDesign Design { get; }
    public int Year { get; }
    public string Code { get; }
    public int[] MaxScores { get; }
    public bool[] IsBasic { get; }
    public double[] Discrimination { get; }
    public double[][] PointDifficulty { get; }
    public bool IsVpr => Design.Kind == ProcedureKind.Vpr;
}
