namespace Orientir.Data.Demo;

/// <summary>
/// Independent random streams derived from the seed. Each part of the region (a school's passport, a cohort,
/// the works of one school in one procedure) draws from its own stream, so changing how much one part draws
/// does not shift every number after it, and the output is the same bytes for the same seed.
/// </summary>
internal static class DemoRandom
{
    public const int RegionStream = 1;
    public const int SchoolStream = 2;
    public const int CohortStream = 3;
    public const int DesignStream = 4;
    public const int ProcedureStream = 5;
    public const int WorksStream = 6;
    public const int AnomalyStream = 7;
    public const int TeacherStream = 8;

    /// <remarks>
    /// <c>new Random(int)</c> keeps the legacy seeded algorithm across .NET versions, which the byte-identical
    /// promise relies on; SplitMix64 spreads neighbouring keys over unrelated seeds.
    /// </remarks>
    public static Random Stream(int seed, int stream, int a = 0, int b = 0)
    {
        var h = Mix((ulong)(uint)seed);
        h = Mix(h ^ (ulong)(uint)stream);
        h = Mix(h ^ (ulong)(uint)a);
        h = Mix(h ^ (ulong)(uint)b);
        return new Random((int)(h & 0x7FFF_FFFF));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E37_79B9_7F4A_7C15;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
        return z ^ (z >> 31);
    }

    public static double Normal(this Random random, double mean = 0, double sd = 1)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Uniform(this Random random, double from, double to) => from + (to - from) * random.NextDouble();

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
