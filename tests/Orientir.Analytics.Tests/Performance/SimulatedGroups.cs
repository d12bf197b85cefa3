using MathNet.Numerics.Distributions;
using Orientir.Analytics.Performance;

namespace Orientir.Analytics.Tests.Performance;

/// <summary>Data drawn from y = β₀ + β₁x₁ + β₂g + u + e with known parameters: x₁ a row covariate, g a group covariate (optionally y → scale·y + shift).</summary>
internal static class SimulatedGroups
{
    public static readonly double[] Beta = [1.0, 0.5, -0.3];

    public static GroupedData Draw(int seed, int groups, int rowsPerGroup, double tau2, double sigma2, Func<int, int>? sizeOf = null,
        double scale = 1, double shift = 0)
    {
        var random = new Random(seed);
        var normal = new Normal(0, 1, random);
        var data = new GroupedData(["(Intercept)", "x1", "g"], groups);
        var x = new double[3];
        for (var j = 0; j < groups; j++)
        {
            var groupCovariate = normal.Sample();
            var u = Math.Sqrt(tau2) * normal.Sample();
            var n = sizeOf?.Invoke(j) ?? rowsPerGroup;
            for (var i = 0; i < n; i++)
            {
                x[0] = 1;
                x[1] = normal.Sample();
                x[2] = groupCovariate;
                data.Add(j, x, shift + scale * (Beta[0] * x[0] + Beta[1] * x[1] + Beta[2] * x[2] + u + Math.Sqrt(sigma2) * normal.Sample()));
            }
        }
        return data;
    }
}
