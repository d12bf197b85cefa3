using System.Globalization;
using Orientir.Domain.Results;

namespace Orientir.Data.Demo;

internal sealed record DemoTask(string Label, int MaxScore, TaskLevel Level, string Skills);

/// <summary>A КИМ design: tasks with their maxima and levels, and the conversion scale of the primary score to marks.</summary>
/// <param name="Shift">Added to every task's difficulty (in student SD; positive is harder) so that the marks look like the published statistics.</param>
/// <param name="HardShift">Added to the advanced and high tasks on top (the second part of ОГЭ is much harder than ВПР's).</param>
internal sealed record DemoTaskDesign(ProcedureKind Kind, string Subject, int Grade, IReadOnlyList<DemoTask> Tasks, MarkThresholds Thresholds,
    double Shift, double HardShift)
{
    public int MaxScore { get; } = Tasks.Sum(t => t.MaxScore);

    public string CodeFor(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToUpperInvariant()}-{year}-{Subject}-{Grade}");
}

/// <summary>
/// The six designs of a year: ВПР grades 4 and 5 and ОГЭ grade 9, Russian and mathematics. Labels, maxima and
/// scales follow the published КИМ of 2024 (ВПР РУ 4: 38 points, 3:14;4:24;5:33; ОГЭ МА: 31 points,
/// 3:8;4:15;5:22); the split into tasks is simplified.
/// </summary>
internal static class DemoTaskDesigns
{
    public static readonly IReadOnlyList<DemoTaskDesign> All =
    [
        Design(ProcedureKind.Vpr, "RU", 4, new(14, 24, 33), skills: 10, shift: -0.35,
            "1К1:3B 1К2:3B 2:3B 3.1:1B 3.2:2B 4:2B 5:2B 6.1:2P 6.2:2P 7:2B 8:2P 9:1B 10:1B 11:2B 12.1:1B 12.2:2B 13.1:1P 13.2:2P 14:1B 15.1:1P 15.2:2P"),
        Design(ProcedureKind.Vpr, "MA", 4, new(6, 10, 14), skills: 8, shift: -0.1,
            "1:1B 2:1B 3:2B 4:1B 5.1:1B 5.2:1B 6.1:1B 6.2:1B 7:1B 8:2B 9.1:1P 9.2:1P 10:2P 11:2P 12:2P"),
        Design(ProcedureKind.Vpr, "RU", 5, new(18, 29, 39), skills: 12, shift: -0.1,
            "1К1:3B 1К2:3B 1К3:2B 2К1:3B 2К2:3B 2К3:3B 2К4:3B 3:2B 4.1:2B 4.2:1B 5:2B 6:2B 7.1:2P 7.2:1P 8.1:2P 8.2:1P 9:2B 10:1B 11:2P 12.1:1P 12.2:1P 13:1B 14:2P"),
        Design(ProcedureKind.Vpr, "MA", 5, new(7, 11, 15), skills: 9, shift: 0.1,
            "1:1B 2:1B 3:1B 4:1B 5:1B 6:1B 7:1B 8:2B 9:2B 10:1B 11:2P 12:2P 13:2P 14:2P"),
        Design(ProcedureKind.Oge, "RU", 9, new(15, 23, 29), skills: 12, shift: -1.0,
            "1К1:3B 1К2:3P 1К3:2P 2:1B 3:1B 4:1P 5:1B 6:1B 7:1P 8:1B 9:1P 10:1B 11К1:1P 11К2:3V 11К3:2P 11К4:1P ГК1:2B ГК2:2B ГК3:2B ГК4:2B ФК1:1B"),
        Design(ProcedureKind.Oge, "MA", 9, new(8, 15, 22), skills: 12, shift: 0.1, hardShift: 1.0,
            "1:1B 2:1B 3:1B 4:1B 5:1B 6:1B 7:1B 8:1B 9:1B 10:1B 11:1B 12:1B 13:1B 14:1B 15:1B 16:1B 17:1B 18:1B 19:1B 20:2P 21:2P 22:2P 23:2V 24:2V 25:2V"),
    ];

    private static DemoTaskDesign Design(ProcedureKind kind, string subject, int grade, MarkThresholds thresholds, int skills,
        double shift, string tasks) => Design(kind, subject, grade, thresholds, skills, shift, 0, tasks);

    /// <summary>Parses <c>label:maxLevel</c> items; skills spread over the tasks in order, every third task checks two.</summary>
    private static DemoTaskDesign Design(ProcedureKind kind, string subject, int grade, MarkThresholds thresholds, int skills,
        double shift, double hardShift, string tasks)
    {
        var items = tasks.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var list = new List<DemoTask>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var colon = items[i].IndexOf(':', StringComparison.Ordinal);
            var label = items[i][..colon];
            var max = int.Parse(items[i][(colon + 1)..^1], CultureInfo.InvariantCulture);
            var level = items[i][^1] switch { 'B' => TaskLevel.Basic, 'P' => TaskLevel.Advanced, _ => TaskLevel.High };
            var skill = 1 + i * skills / items.Length;
            var codes = string.Create(CultureInfo.InvariantCulture, $"{subject}{grade}.{skill}");
            if (i % 3 == 2 && skill < skills)
                codes += string.Create(CultureInfo.InvariantCulture, $"|{subject}{grade}.{skill + 1}");
            list.Add(new DemoTask(label, max, level, codes));
        }
        var design = new DemoTaskDesign(kind, subject, grade, list, thresholds, shift, hardShift);
        if (!thresholds.IsOrderedWithin(design.MaxScore))
            throw new InvalidOperationException($"The scale of {design.CodeFor(0)} does not fit its maximum {design.MaxScore}.");
        return design;
    }

    public static char LevelCode(TaskLevel level) => level switch
    {
        TaskLevel.Basic => 'B',
        TaskLevel.Advanced => 'P',
        _ => 'V',
    };
}
