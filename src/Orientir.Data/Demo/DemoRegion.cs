using Orientir.Domain.Registry;

namespace Orientir.Data.Demo;

internal sealed record DemoMunicipality(int Index, string Code, string Name, bool IsCity, string Center, bool CenterIsTown,
    double SesShift, double NonNativeLevel);

/// <summary>A school of the synthetic region with the latent values its results are drawn from.</summary>
internal sealed class DemoSchool
{
    /// <summary>How much one SD of the latent social status (SES) moves a school's mean ability, in student SD.</summary>
    public const double SesWeight = 0.35;

    public required int Index { get; init; }
    public required string Code { get; init; }
    public required DemoMunicipality Municipality { get; init; }
    public required string Name { get; init; }
    public required SchoolType Type { get; init; }
    public required Locality Locality { get; init; }
    public required int Students { get; init; }
    /// <summary>Typical number of students in one grade.</summary>
    public required int GradeSize { get; init; }
    /// <summary>Latent social status of the school's families, about N(0, 1) over the region.</summary>
    public required double Ses { get; init; }
    /// <summary>The stable school effect in student SD: the same in every year, subject and grade.</summary>
    public required double Effect { get; init; }
    /// <summary>Selection of students by the school's type (gymnasiums select, special schools teach students with disabilities).</summary>
    public required double TypeShift { get; init; }
    /// <summary>The seven social-passport shares in the column order of schools.csv; null is unknown.</summary>
    public required double?[] Shares { get; init; }
    public bool InflatedVpr { get; set; }
    public bool LenientJournal { get; set; }

    public double MeanAbility => SesWeight * Ses + TypeShift + Effect;

    /// <summary>Evening schools teach from grade 9 on: no ВПР of grades 4 and 5.</summary>
    public bool HasPrimaryGrades => Type != SchoolType.Evening;
}

/// <summary>Builds municipalities and schools: names, types, sizes, latent status and effect, social passport.</summary>
internal static class DemoRegionBuilder
{
    private const int SchoolsPerMunicipality = 20;

    public static (IReadOnlyList<DemoMunicipality> Municipalities, IReadOnlyList<DemoSchool> Schools) Build(int seed, int schoolCount)
    {
        var random = DemoRandom.Stream(seed, DemoRandom.RegionStream);
        var pool = DemoNames.Cities.Length + DemoNames.Districts.Length;
        var municipalityCount = Math.Clamp((int)Math.Round(schoolCount / (double)SchoolsPerMunicipality), 1, Math.Min(pool, schoolCount));
        var cityCount = municipalityCount < 2 ? 0 : Math.Min(DemoNames.Cities.Length, Math.Max(1, (int)Math.Round(municipalityCount * 0.25)));
        var districtCount = municipalityCount - cityCount;
        if (districtCount > DemoNames.Districts.Length)
        {
            districtCount = DemoNames.Districts.Length;
            cityCount = municipalityCount - districtCount;
        }

        var cities = Shuffled(random, DemoNames.Cities).Take(cityCount).ToList();
        var districts = Shuffled(random, DemoNames.Districts).Take(districtCount).Order(StringComparer.Ordinal).ToList();
        var towns = Shuffled(random, DemoNames.Towns);
        var municipalities = new List<DemoMunicipality>(municipalityCount);
        // Registers list the city districts first, then the rural ones alphabetically.
        foreach (var city in cities)
            municipalities.Add(new DemoMunicipality(municipalities.Count, MunicipalityCode(municipalities.Count),
                DemoNames.CityMunicipalityName(city), true, $"г. {city}", true, random.Normal(0.1, 0.2), random.Normal(-3.6, 0.6)));
        for (var i = 0; i < districts.Count; i++)
        {
            var centerIsTown = i < towns.Count && random.Chance(0.45);
            var center = centerIsTown ? towns[i] : random.Pick(DemoNames.Villages);
            municipalities.Add(new DemoMunicipality(municipalities.Count, MunicipalityCode(municipalities.Count),
                DemoNames.MunicipalityName(districts[i], random.Chance(0.7)), false, center, centerIsTown,
                random.Normal(-0.1, 0.25), random.Normal(-3.4, 0.9)));
        }

        var counts = Allocate(random, municipalities, schoolCount);
        var municipalityWidth = Math.Max(2, municipalities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var schoolWidth = Math.Max(2, counts.Max().ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var schools = new List<DemoSchool>(schoolCount);
        foreach (var municipality in municipalities)
        {
            var plan = PlanSchools(random, municipality, counts[municipality.Index]);
            for (var s = 0; s < plan.Count; s++)
            {
                var code = "edu" + DemoNames.RegionCode
                    + (municipality.Index + 1).ToString("D" + municipalityWidth, System.Globalization.CultureInfo.InvariantCulture)
                    + (s + 1).ToString("D" + schoolWidth, System.Globalization.CultureInfo.InvariantCulture);
                schools.Add(CreateSchool(seed, schools.Count, code, municipality, plan[s]));
            }
        }
        return (municipalities, schools);
    }

    private static string MunicipalityCode(int index) =>
        DemoNames.RegionCode + (index + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Shuffled(Random random, IReadOnlyList<string> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>Schools per municipality: every municipality gets one, the rest by lognormal weights (cities are larger).</summary>
    private static int[] Allocate(Random random, List<DemoMunicipality> municipalities, int schoolCount)
    {
        var weights = municipalities.Select(m => Math.Exp(random.Normal(m.IsCity ? 0.7 : 0.0, 0.35))).ToArray();
        var counts = new int[municipalities.Count];
        Array.Fill(counts, 1);
        var rest = schoolCount - municipalities.Count;
        var total = weights.Sum();
        var remainders = new double[counts.Length];
        var given = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var share = rest * weights[i] / total;
            counts[i] += (int)share;
            given += (int)share;
            remainders[i] = share - (int)share;
        }
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(rest - given))
            counts[i]++;
        return counts;
    }

    private sealed record SchoolPlan(SchoolType Type, string Place, bool Urban, bool IsCenter, int Number, bool TreasuryFunded);

    private static List<SchoolPlan> PlanSchools(Random random, DemoMunicipality municipality, int count)
    {
        var plans = new List<SchoolPlan>(count);
        int soshNumber = 0, gymnasiumNumber = 0, lyceumNumber = 0;
        var centerCount = municipality.IsCity ? count : Math.Max(1, (int)Math.Round(count * 0.3));
        var villages = Shuffled(random, DemoNames.Villages).Where(v => v != municipality.Center).ToList();
        for (var i = 0; i < count; i++)
        {
            var atCenter = i < centerCount;
            var roll = random.NextDouble();
            SchoolType type;
            if (atCenter)
            {
                // Selective and special schools sit in towns; a large city has an evening school or two.
                type = roll switch
                {
                    < 0.03 when i > 0 => SchoolType.Evening,
                    < 0.06 when i > 0 => SchoolType.Special,
                    < 0.15 when i > 0 => SchoolType.Gymnasium,
                    < 0.21 when i > 0 => SchoolType.Lyceum,
                    < 0.28 when i > 0 => SchoolType.Advanced,
                    _ => SchoolType.General,
                };
                if (!municipality.IsCity && type is SchoolType.Lyceum or SchoolType.Advanced && !municipality.CenterIsTown)
                    type = SchoolType.General;
            }
            else
            {
                type = roll < 0.42 ? SchoolType.Small : SchoolType.General;
            }

            var place = atCenter ? municipality.Center : villages[(i - centerCount) % villages.Count];
            var number = type switch
            {
                SchoolType.Gymnasium => ++gymnasiumNumber,
                SchoolType.Lyceum => ++lyceumNumber,
                SchoolType.Special => random.Next(1, 40),
                _ => ++soshNumber,
            };
            var urban = municipality.IsCity || (atCenter && municipality.CenterIsTown);
            plans.Add(new SchoolPlan(type, place, urban, atCenter, number, !atCenter && random.Chance(0.6)));
        }
        return plans;
    }

    private static DemoSchool CreateSchool(int seed, int index, string code, DemoMunicipality municipality, SchoolPlan plan)
    {
        var random = DemoRandom.Stream(seed, DemoRandom.SchoolStream, index);
        var students = plan.Type switch
        {
            SchoolType.Small => random.Next(35, 131),
            SchoolType.Evening => random.Next(60, 251),
            SchoolType.Special => random.Next(60, 181),
            SchoolType.Gymnasium or SchoolType.Lyceum when plan.Urban => random.Next(650, 1301),
            SchoolType.Advanced when plan.Urban => random.Next(600, 1201),
            _ when municipality.IsCity => random.Next(450, 1401),
            _ when plan.IsCenter && plan.Urban => random.Next(400, 1101),
            _ when plan.IsCenter => random.Next(250, 801),
            _ => random.Next(90, 451),
        };
        var gradeSize = plan.Type switch
        {
            SchoolType.Evening => (int)Math.Round(students * random.Uniform(0.2, 0.35)),
            SchoolType.Special => (int)Math.Round(students / 10.0 * random.Uniform(0.85, 1.15)),
            _ => (int)Math.Round(students / 11.0 * random.Uniform(0.85, 1.12)),
        };
        var placeShift = municipality.IsCity ? 0.35 : plan.IsCenter ? (plan.Urban ? 0.1 : -0.2) : plan.Type == SchoolType.Small ? -0.65 : -0.45;
        var typeSes = plan.Type switch
        {
            SchoolType.Gymnasium or SchoolType.Lyceum => 0.5,
            SchoolType.Advanced => 0.35,
            SchoolType.Evening => -0.5,
            SchoolType.Special => -0.6,
            _ => 0.0,
        };
        var ses = municipality.SesShift + placeShift + typeSes + random.Normal(0, 0.55);
        var typeShift = plan.Type switch
        {
            SchoolType.Gymnasium or SchoolType.Lyceum => 0.25,
            SchoolType.Advanced => 0.15,
            SchoolType.Evening => -0.4,
            SchoolType.Special => -0.9,
            _ => 0.0,
        };
        return new DemoSchool
        {
            Index = index,
            Code = code,
            Municipality = municipality,
            Name = DemoNames.SchoolName(plan.Type, plan.Number, plan.Place, plan.TreasuryFunded),
            Type = plan.Type,
            Locality = plan.Urban ? Locality.Urban : Locality.Rural,
            Students = students,
            GradeSize = Math.Max(1, gradeSize),
            Ses = Math.Round(ses, 3),
            Effect = Math.Round(random.Normal(0, 0.25), 3),
            TypeShift = typeShift,
            Shares = DemoPassport.Shares(random, ses, plan.Type, municipality),
        };
    }
}
