using MathNet.Numerics.LinearRegression;

namespace Orientir.Analytics.Support.Effect;

/// <summary>The slopes of a school's change on its baseline outcome (and ИСБШ) across the comparison pool.</summary>
public readonly record struct ChangeSlopes(double Baseline, double Context);

/// <summary>
/// Abadie &amp; Imbens (2011) bias correction of matching: within the caliper a comparison school still differs from
/// the target school in baseline (and ИСБШ), and the change from a baseline depends on it (regression to the mean), so
/// each comparison school's change is moved by the pool's least-squares slopes times the gap. Fitted once per
/// follow-up year on the pool schools with both years: on the baseline alone for target schools matched on it alone,
/// on the baseline and ИСБШ for the others (the partial slope on the baseline differs once ИСБШ is held).
/// </summary>
public sealed record BiasCorrection(ChangeSlopes OutcomeOnly, ChangeSlopes WithContext)
{
    public static BiasCorrection None { get; } = new(default, default);

    public static BiasCorrection Fit(EffectInput input, IReadOnlyList<int> pool, int year)
    {
        var rows = pool.Where(id => input.Outcomes.ContainsKey((id, year)))
            .Select(id => (Id: id, X: input.Outcomes[(id, input.ProgrammeYear)].Value, Change: input.Outcomes[(id, year)].Value - input.Outcomes[(id, input.ProgrammeYear)].Value))
            .ToList();
        var outcomeOnly = Slopes(rows.Select(r => new[] { r.X }).ToArray(), rows.Select(r => r.Change).ToArray());
        var withIndex = rows.Where(r => input.ContextIndex.ContainsKey(r.Id)).ToList();
        var withContext = Slopes(withIndex.Select(r => new[] { r.X, input.ContextIndex[r.Id] }).ToArray(), withIndex.Select(r => r.Change).ToArray());
        return new BiasCorrection(outcomeOnly, withContext);
    }

    private static ChangeSlopes Slopes(double[][] x, double[] y)
    {
        // Too few schools for a stable slope: no correction rather than a wild one.
        if (x.Length < 10 * (x.FirstOrDefault()?.Length ?? 1)) return default;
        try
        {
            var p = MultipleRegression.QR(x, y, intercept: true);
            if (p.Any(v => !double.IsFinite(v))) return default;
            return new ChangeSlopes(p[1], p.Length > 2 ? p[2] : 0);
        }
        catch (ArgumentException)
        {
            return default;
        }
    }
}
