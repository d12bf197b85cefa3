using MathNet.Numerics.Distributions;
using Orientir.Analytics.Indicators;
using Orientir.Analytics.Schools;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Analytics.Tests.Performance;

/// <summary>
/// A small region drawn from the level model itself: 40 schools (every eighth a gymnasium), a context index c,
/// school mean 0.4·c + 0.3·gymnasium + u, u ~ N(0, 0.3²). Works of 2025: ВПР RU 5 and MA 5 and ОГЭ RU 9, 30
/// students a grade; the grade-5 students wrote ВПР RU 4 in 2024 under the same keys. School 40 has only 6 students a
/// grade; school 39 has no context index.
/// </summary>
internal sealed class SyntheticRegion
{
    public const int Year = 2025;
    public const int SmallSchoolId = 40;
    public const int SchoolWithoutContextId = 39;

    public required SchoolAnalysisInput Input { get; init; }
    public required Dictionary<int, double> Context { get; init; }
    public required Dictionary<int, double> Effects { get; init; }

    public static SyntheticRegion Draw(int seed)
    {
        var random = new Random(seed);
        var normal = new Normal(0, 1, random);
        var schools = new List<SchoolProfile>();
        var context = new Dictionary<int, double>();
        var effects = new Dictionary<int, double>();
        var means = new Dictionary<int, double>();
        for (var id = 1; id <= 40; id++)
        {
            var type = id % 8 == 0 ? SchoolType.Gymnasium : SchoolType.General;
            schools.Add(new SchoolProfile(id, $"edu{id:D4}", 1, type, Locality.Urban, 300, SocialPassport.Unknown));
            var c = normal.Sample();
            if (id != SchoolWithoutContextId) context[id] = c;
            effects[id] = 0.3 * normal.Sample();
            means[id] = 0.4 * c + (type == SchoolType.Gymnasium ? 0.3 : 0) + effects[id];
        }

        var grade5Keys = new Dictionary<int, int[]>();
        var nextKey = 0;
        foreach (var school in schools)
        {
            var size = school.SchoolId == SmallSchoolId ? 6 : 30;
            grade5Keys[school.SchoolId] = Enumerable.Range(nextKey, size).ToArray();
            nextKey += size;
        }
        var abilities = new Dictionary<int, double>();
        foreach (var (id, keys) in grade5Keys)
            foreach (var key in keys) abilities[key] = means[id] + 0.9 * normal.Sample();

        ProcedureWorks Procedure(string code, ProcedureKind kind, string subject, int grade, int year, bool sameCohort)
        {
            var ids = new List<int>();
            var scores = new List<int>();
            var keys = new List<int>();
            foreach (var school in schools)
            {
                var id = school.SchoolId;
                foreach (var key in grade5Keys[id])
                {
                    var ability = sameCohort ? abilities[key] : means[id] + 0.9 * normal.Sample();
                    ids.Add(id);
                    keys.Add(sameCohort ? key : nextKey++);
                    scores.Add((int)Math.Clamp(Math.Round(20 + 6 * (ability + 0.4 * normal.Sample())), 0, 40));
                }
            }
            var design = new ProcedureDesign(code, kind, subject, grade, year, 40, null, null, []);
            return new ProcedureWorks(design, ids.ToArray(), scores.ToArray(), new byte[ids.Count], new byte[ids.Count], [], keys.ToArray());
        }

        ProcedureWorks[] procedures =
        [
            Procedure("VPR-2024-RU-4", ProcedureKind.Vpr, "RU", 4, Year - 1, sameCohort: true),
            Procedure("VPR-2025-RU-5", ProcedureKind.Vpr, "RU", 5, Year, sameCohort: true),
            Procedure("VPR-2025-MA-5", ProcedureKind.Vpr, "MA", 5, Year, sameCohort: true),
            Procedure("OGE-2025-RU-9", ProcedureKind.Oge, "RU", 9, Year, sameCohort: false),
        ];
        return new SyntheticRegion { Input = new SchoolAnalysisInput(Year, schools, procedures), Context = context, Effects = effects };
    }
}
