using Orientir.Domain.Registry;

namespace Orientir.Data.Demo;

/// <summary>
/// The social passport of a school, drawn from its latent status: each share is a logistic function of the status
/// plus its own noise, so the shares correlate with each other and, through the status, with results.
/// </summary>
internal static class DemoPassport
{
    public const int ShareCount = 7;

    public static double?[] Shares(Random random, double ses, SchoolType type, DemoMunicipality municipality)
    {
        double Share(double intercept, double slope, double noise = 0.35) =>
            Math.Round(100 * DemoRandom.Logistic(intercept + slope * (ses + random.Normal(0, noise))), 1);

        double?[] shares =
        [
            Share(-1.5, 0.9),                          // both parents with higher education
            Share(-1.4, -0.35),                        // single-parent families
            Share(-2.9, -0.6),                         // unemployed parents
            Share(-1.4, -0.8),                         // low-income families
            Math.Round(100 * DemoRandom.Logistic(municipality.NonNativeLevel - 0.2 * ses + random.Normal(0, 0.6)), 1),
            type == SchoolType.Special ? Math.Round(random.Uniform(75, 100), 1) : Share(-3.0, -0.3),
            Share(-4.3, -0.5),                         // registered with juvenile authorities
        ];

        // Real passports have gaps: a few schools did not report some shares, a very few none.
        if (random.Chance(0.012))
            Array.Fill(shares, null);
        else if (random.Chance(0.05))
            for (var gaps = random.Next(1, 3); gaps > 0; gaps--)
                shares[random.Next(ShareCount)] = null;
        return shares;
    }
}
