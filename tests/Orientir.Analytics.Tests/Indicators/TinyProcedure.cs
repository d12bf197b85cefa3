using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Indicators;

/// <summary>
/// A procedure small enough to compute by hand: three tasks (Б 1 point, Б 2 points, П 2 points), maximum 5,
/// marks 3 from 2 points, 4 from 3, 5 from 5, minimum score 2; eight works in two schools.
/// </summary>
internal static class TinyProcedure
{
    public const byte X = 255;

    public static readonly ProcedureDesign Design = new(
        "VPR-2025-MA-5", ProcedureKind.Vpr, "MA", 5, 2025, 5, new MarkThresholds(2, 3, 5), 2,
        [
            new TaskDesign("1", 1, TaskLevel.Basic, ["A"]),
            new TaskDesign("2", 2, TaskLevel.Basic, ["A", "B"]),
            new TaskDesign("3", 2, TaskLevel.Advanced, ["B"]),
        ]);

    // school, task scores, mark (0 = none), journal mark (0 = none)
    public static readonly (int School, byte[] Scores, byte Mark, byte Journal)[] Rows =
    [
        (1, [1, 2, 2], 5, 5),   // 5 points, confirmed
        (1, [1, 2, 0], 4, 5),   // 3 points, lowered
        (1, [0, 1, X], 2, 4),   // 1 point, lowered by two
        (2, [1, 1, 1], 4, 3),   // 3 points, raised
        (2, [X, X, X], 0, 0),   // nothing done, no mark
        (2, [1, 2, 1], 4, 0),   // 4 points, no journal mark
        (2, [0, 0, 2], 3, 5),   // 2 points, lowered by two
        (2, [1, 2, 2], 5, 3),   // 5 points, raised by two
    ];

    public static ProcedureWorks Works(ProcedureDesign design, IReadOnlyList<(int School, byte[] Scores, byte Mark, byte Journal)> rows)
    {
        var taskCount = design.Tasks.Count;
        var schools = new int[rows.Count];
        var primary = new int[rows.Count];
        var marks = new byte[rows.Count];
        var journal = new byte[rows.Count];
        var scores = new byte[rows.Count * taskCount];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            schools[i] = row.School;
            marks[i] = row.Mark;
            journal[i] = row.Journal;
            for (var t = 0; t < taskCount; t++)
            {
                scores[i * taskCount + t] = row.Scores[t];
                if (row.Scores[t] != X) primary[i] += row.Scores[t];
            }
        }
        return new ProcedureWorks(design, schools, primary, marks, journal, scores);
    }

    public static ProcedureWorks Works() => Works(Design, Rows);
}
