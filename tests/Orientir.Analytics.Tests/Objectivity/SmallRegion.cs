using Orientir.Analytics.Indicators;
using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Objectivity;

/// <summary>What a school of <see cref="SmallRegion"/> does: its level, and how (if at all) it bends its ВПР.</summary>
internal sealed record SchoolPlan(int SchoolId, double Level, int Works = 30)
{
    /// <summary>The level of its ОГЭ (by default the same: an honest school is as strong in the independent exam).</summary>
    public double? IndependentLevel { get; init; }
    /// <summary>Advanced points earned with at least this probability (hints); 0 = none.</summary>
    public double Hints { get; init; }
    /// <summary>A work 1–2 points below a threshold is pushed to it with this probability.</summary>
    public double Push { get; init; }
    /// <summary>Added to the journal mark before rounding (+0.9: a lenient journal; −1: marks above the journal).</summary>
    public double JournalShift { get; init; }
}

/// <summary>
/// A small simulated region for the markers' unit tests: twelve honest schools of levels −0.55 … +0.55 and whatever
/// schools a test adds, 30 works each by default, in a ВПР of nine tasks (six basic worth 1 point, three advanced
/// worth 2; maximum 12; marks 3 from 4 points, 4 from 7, 5 from 10) and an ОГЭ of the same subject. A Rasch model
/// with a seeded generator: the numbers are the same in every run.
/// </summary>
internal static class SmallRegion
{
    public const int Year = 2025;

    public static readonly ProcedureDesign Vpr = Design("VPR-2025-MA-5", ProcedureKind.Vpr, 5);
    public static readonly ProcedureDesign SecondVpr = Design("VPR-2025-MA-4", ProcedureKind.Vpr, 4);
    public static readonly ProcedureDesign Oge = Design("OGE-2025-MA-9", ProcedureKind.Oge, 9);
    /// <summary>The grade-5 students of <see cref="Vpr"/> a year later.</summary>
    public static readonly ProcedureDesign NextYearVpr = Design("VPR-2026-MA-6", ProcedureKind.Vpr, 6, Year + 1);

    private static ProcedureDesign Design(string code, ProcedureKind kind, int grade, int year = Year)
    {
        var tasks = new List<TaskDesign>();
        for (var t = 1; t <= 6; t++) tasks.Add(new TaskDesign($"{t}", 1, TaskLevel.Basic, ["A"]));
        for (var t = 7; t <= 9; t++) tasks.Add(new TaskDesign($"{t}", 2, TaskLevel.Advanced, ["B"]));
        return new ProcedureDesign(code, kind, "MA", grade, year, 12, new MarkThresholds(4, 7, 10), null, tasks);
    }

    public static IReadOnlyList<SchoolPlan> HonestSchools()
    {
        var schools = new List<SchoolPlan>();
        for (var s = 0; s < 12; s++) schools.Add(new SchoolPlan(s + 1, -0.55 + 0.1 * s));
        return schools;
    }

    /// <summary>The honest schools and <paramref name="special"/>, writing the ВПР (and the second ВПР when asked) and the ОГЭ.</summary>
    public static SchoolAnalysisInput With(bool secondVpr = false, params SchoolPlan[] special)
    {
        var plans = HonestSchools().Concat(special).ToList();
        var procedures = new List<ProcedureWorks> { Write(Vpr, plans, 1, judged: true), Write(Oge, plans, 2, judged: false) };
        if (secondVpr) procedures.Add(Write(SecondVpr, plans, 3, judged: true));
        return new SchoolAnalysisInput(Year, Profiles(plans), procedures);
    }

    /// <summary>The ВПР and the same students' ВПР a year later (at the independent level, honestly written); no ОГЭ.</summary>
    public static SchoolAnalysisInput WithNextYear(params SchoolPlan[] special)
    {
        var plans = HonestSchools().Concat(special).ToList();
        var later = plans.Select(p => p with { Level = p.IndependentLevel ?? p.Level, Hints = 0, Push = 0, JournalShift = 0 }).ToList();
        return new SchoolAnalysisInput(Year, Profiles(plans), [Write(Vpr, plans, 1, judged: true), Write(NextYearVpr, later, 4, judged: true)]);
    }

    private static List<SchoolProfile> Profiles(List<SchoolPlan> plans) =>
        plans.Select(p => new SchoolProfile(p.SchoolId, $"edu{p.SchoolId}", 1, SchoolType.General, Locality.Urban, 300, SocialPassport.Unknown)).ToList();

    /// <summary>
    /// Student <c>1000 · school + w</c> writes work <c>w</c> of the school's ВПР; the ОГЭ is another cohort. A student's
    /// ability is the same draw in every procedure, so a student's works a year apart are linked and correlated.
    /// </summary>
    private static ProcedureWorks Write(ProcedureDesign design, IReadOnlyList<SchoolPlan> plans, int seed, bool judged)
    {
        var random = new Random(seed);
        var rows = new List<(int School, byte[] Scores, byte Mark, byte Journal)>();
        var keys = new List<int>();
        var cohort = design.Kind == ProcedureKind.Oge ? 500_000 : 0;
        foreach (var plan in plans)
        {
            var level = judged ? plan.Level : plan.IndependentLevel ?? plan.Level;
            for (var w = 0; w < plan.Works; w++)
            {
                var student = cohort + 1000 * plan.SchoolId + w;
                keys.Add(student);
                var ability = level + 0.8 * Normal(new Random(student)) + 0.3 * Normal(random);
                var scores = new byte[design.Tasks.Count];
                for (var t = 0; t < scores.Length; t++)
                {
                    var task = design.Tasks[t];
                    var difficulty = task.Level == TaskLevel.Basic ? -1.0 + 0.1 * t : 0.6 + 0.2 * (t - 6);
                    for (var k = 0; k < task.MaxScore; k++)
                    {
                        var p = 1 / (1 + Math.Exp(-(ability - difficulty - 0.5 * k)));
                        if (judged && task.Level != TaskLevel.Basic) p = Math.Max(p, plan.Hints);
                        if (random.NextDouble() < p) scores[t]++;
                    }
                }
                if (judged && plan.Push > 0) PushToThreshold(design, scores, plan.Push, random);
                var total = scores.Sum(s => s);
                var mark = (byte)design.Thresholds!.MarkFor(total);
                var journal = (byte)Math.Clamp(Math.Round(3.7 + 0.8 * ability + (judged ? plan.JournalShift : 0) + 0.4 * Normal(random)), 2, 5);
                rows.Add((plan.SchoolId, scores, mark, journal));
            }
        }
        var works = Indicators.TinyProcedure.Works(design, rows);
        return new ProcedureWorks(design, works.SchoolIds, works.PrimaryScores, works.Marks, works.JournalMarks, works.Scores, [.. keys]);
    }

    private static void PushToThreshold(ProcedureDesign design, byte[] scores, double probability, Random random)
    {
        var total = scores.Sum(s => s);
        var t = design.Thresholds!;
        foreach (var threshold in new[] { t.Mark3, t.Mark4, t.Mark5 })
        {
            if (total >= threshold || total < threshold - 2) continue;
            if (random.NextDouble() >= probability) return;
            for (var task = 0; task < scores.Length && total < threshold; task++)
                while (scores[task] < design.Tasks[task].MaxScore && total < threshold) { scores[task]++; total++; }
            return;
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
