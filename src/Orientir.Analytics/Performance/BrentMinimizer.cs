namespace Orientir.Analytics.Performance;

/// <summary>
/// Brent's (1973, ch. 5) minimisation of a function of one variable on an interval: parabolic steps through the
/// three best points when they behave, golden-section steps when they do not, so it converges superlinearly on a
/// smooth minimum and never slower than golden section.
/// </summary>
internal static class BrentMinimizer
{
    private static readonly double GoldenShare = (3 - Math.Sqrt(5)) / 2;

    /// <param name="tolerance">Absolute tolerance on the argument (added to √ε·|x|, below which function values cannot tell points apart).</param>
    public static (double Argument, double Value) Minimise(Func<double, double> f, double lower, double upper, double tolerance, int maxIterations = 200)
    {
        var a = lower;
        var b = upper;
        var x = a + GoldenShare * (b - a);
        double w = x, v = x;
        var fx = f(x);
        double fw = fx, fv = fx;
        double step = 0, previousStep = 0;
        const double sqrtEpsilon = 1.4901161193847656e-8;

        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var middle = (a + b) / 2;
            var tol1 = sqrtEpsilon * Math.Abs(x) + tolerance / 3;
            var tol2 = 2 * tol1;
            if (Math.Abs(x - middle) <= tol2 - (b - a) / 2) break;

            var useGolden = true;
            if (Math.Abs(previousStep) > tol1)
            {
                var r = (x - w) * (fx - fv);
                var q = (x - v) * (fx - fw);
                var numerator = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) numerator = -numerator; else q = -q;
                var older = previousStep;
                previousStep = step;
                if (Math.Abs(numerator) < Math.Abs(q * older / 2) && numerator > q * (a - x) && numerator < q * (b - x))
                {
                    step = numerator / q;
                    var trial = x + step;
                    if (trial - a < tol2 || b - trial < tol2) step = x < middle ? tol1 : -tol1;
                    useGolden = false;
                }
            }
            if (useGolden)
            {
                previousStep = x < middle ? b - x : a - x;
                step = GoldenShare * previousStep;
            }

            var u = Math.Abs(step) >= tol1 ? x + step : x + (step > 0 ? tol1 : -tol1);
            var fu = f(u);
            if (fu <= fx)
            {
                if (u < x) b = x; else a = x;
                (v, fv) = (w, fw);
                (w, fw) = (x, fx);
                (x, fx) = (u, fu);
            }
            else
            {
                if (u < x) a = u; else b = u;
                if (fu <= fw || w == x)
                {
                    (v, fv) = (w, fw);
                    (w, fw) = (u, fu);
                }
                else if (fu <= fv || v == x || v == w)
                {
                    (v, fv) = (u, fu);
                }
            }
        }
        return (x, fx);
    }
}
