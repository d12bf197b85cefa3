using MathNet.Numerics.Distributions;
using Orientir.Analytics.Support.Effect;

namespace Orientir.Analytics.Tests.Support.Effect;

/// <summary>
/// A synthetic region for the effect: school i has a lasting level μ_i ~ N(0, 0.5²), an ИСБШ correlated with it, and
/// in each year an outcome μ_i + g_t + e_it with e ~ N(0, 0.2²) (cohorts differ). Target schools of year Y are drawn
/// with a probability that falls steeply with the observed baseline — the selection that makes regression to the mean
/// look like an effect — and from Y + 1 on their outcome carries the programme effect δ.
/// </summary>
public sealed class ProgrammeWorld
{
    public const int ProgrammeYear = 2024;
    public static readonly int[] FollowUps = [2025, 2026];

    private ProgrammeWorld(EffectInput input) => Input = input;

    public EffectInput Input { get; }

    public static ProgrammeWorld Draw(int seed, double delta, int schools = 400, Func<int, int, double>? extra = null)
    {
        var random = new Random(seed);
        var normal = new Normal(0, 1, random);
        var levels = Enumerable.Range(1, schools).ToDictionary(id => id, _ => 0.5 * normal.Sample());
        var context = levels.ToDictionary(l => l.Key, l => 1.2 * l.Value + 0.6 * normal.Sample());
        var outcomes = new Dictionary<(int, int), SchoolOutcome>();
        foreach (var (id, level) in levels)
            outcomes[(id, ProgrammeYear)] = new SchoolOutcome(id, ProgrammeYear, level + 0.2 * normal.Sample(), 60);
        var targets = levels.Keys
            .Where(id => random.NextDouble() < 1 / (1 + Math.Exp(4 + 8 * outcomes[(id, ProgrammeYear)].Value)))
            .ToList();
        var shifts = new Dictionary<int, double> { [2025] = 0.05, [2026] = -0.03 };
        foreach (var year in FollowUps)
            foreach (var (id, level) in levels)
            {
                var effect = targets.Contains(id) ? delta + (extra?.Invoke(id, year) ?? 0) : 0;
                outcomes[(id, year)] = new SchoolOutcome(id, year, level + shifts[year] + effect + 0.2 * normal.Sample(), 60);
            }
        // A few schools without an index: they are matched on the outcome alone.
        foreach (var id in levels.Keys.Where(id => id % 37 == 0)) context.Remove(id);
        return new ProgrammeWorld(new EffectInput(ProgrammeYear, targets, targets.ToHashSet(), outcomes, context, [ProgrammeYear, .. FollowUps]));
    }
}
