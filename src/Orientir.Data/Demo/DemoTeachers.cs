using System.Globalization;
using Orientir.Domain.Staff;

namespace Orientir.Data.Demo;

/// <summary>A planted deficit: active from <see cref="From"/>, gone from <see cref="To"/> on (null: never closes).</summary>
internal sealed record DemoDeficit(string Code, int From, int? To)
{
    public bool ActiveIn(int year) => year >= From && (To is null || year < To);
}

/// <summary>
/// A teacher of the synthetic region. A primary teacher teaches one class letter of grade 4 in both subjects every
/// year; a subject teacher teaches one subject in two class letters of grades 5–9.
/// </summary>
internal sealed class DemoTeacher
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required DemoSchool School { get; init; }
    /// <summary>Null for a primary teacher (both subjects).</summary>
    public required string? Subject { get; init; }
    public required int[] Letters { get; init; }
    public required int ExperienceYears { get; init; }
    public required TeacherCategory Category { get; init; }
    /// <summary>The planted results deficit: a skill of <see cref="SkillDesign"/>, whose tasks this teacher's students fail.</summary>
    public DemoDeficit? Skill { get; set; }
    public int SkillDesign { get; set; } = -1;
    public List<DemoDeficit> Competences { get; } = [];

    public bool IsPrimary => Subject is null;
    public string Subjects => Subject ?? "RU|MA";

    public bool Teaches(DemoTaskDesign design, int letter) =>
        Letters.Contains(letter) && (IsPrimary ? design.Grade == 4 : design.Grade > 4 && design.Subject == Subject);
}

/// <summary>
/// Builds the teachers of every school and plants their deficits: about <see cref="SkillShare"/> of the teachers fail
/// one skill in their students' works (<see cref="PlantedSkillDrop"/>), about <see cref="CompetenceShare"/> score low
/// on one or two competences of the diagnostics. Teachers draw from their own random streams, so the works streams
/// draw exactly as many numbers as without them. See docs/demo-generator.md.
/// </summary>
internal sealed class DemoTeachers
{
    /// <summary>How much lower a planted teacher's students' ability is on the tasks checking the planted skill, in student SD.</summary>
    /// <remarks>
    /// 2.5 and 2.0 made whole classes fail easy tasks so plainly that the person-fit marker of non-objectivity listed
    /// two honest schools of seed 12 (precision 0.846 &lt; 0.85 in ObjectivityRecoveryTests); 1.5 keeps the drop clear
    /// (the planted classes' success on the skill's tasks ≈ 27 pp below the region's, relative to their other tasks).
    /// </remarks>
    public const double PlantedSkillDrop = 1.5;
    public const double SkillShare = 0.2;
    public const double CompetenceShare = 0.15;
    public const double YoungShare = 0.12;
    /// <summary>A teacher with less experience is young: no category.</summary>
    public const int YoungYears = 3;
    public static readonly string[] CompetenceCodes = ["SUBJ", "METH", "ASSESS", "FL", "DIFF", "PSY", "DIGITAL"];

    private readonly Dictionary<(int School, int Design, int Letter), DemoTeacher> _byClass = [];
    private readonly Dictionary<(int Design, string Skill), double[]> _drops = [];

    private DemoTeachers(List<DemoTeacher> all) => All = all;

    public IReadOnlyList<DemoTeacher> All { get; }

    /// <param name="firstYear">Planted deficits start from it; they never depend on the last year, so a longer package keeps the earlier years.</param>
    public static DemoTeachers Build(int seed, IReadOnlyList<DemoSchool> schools, int firstYear)
    {
        var offset = DemoRandom.Stream(seed, DemoRandom.TeacherStream, -1).Next(100_000_000);
        var all = new List<DemoTeacher>();
        foreach (var school in schools)
        {
            // As many letters as the largest grade the school can have: the same teachers in every year.
            var letters = DemoCohorts.ClassCount((int)Math.Round(school.GradeSize * DemoCohorts.LargestGradeFactor));
            if (school.HasPrimaryGrades)
                for (var l = 0; l < letters; l++)
                    all.Add(Create(seed, all.Count, offset, school, null, [l], firstYear));
            foreach (var subject in (string[])["RU", "MA"])
                for (var l = 0; l < letters; l += 2)
                    all.Add(Create(seed, all.Count, offset, school, subject, l + 1 < letters ? [l, l + 1] : [l], firstYear));
        }
        var teachers = new DemoTeachers(all);
        foreach (var teacher in all)
            for (var d = 0; d < DemoTaskDesigns.All.Count; d++)
                foreach (var letter in teacher.Letters)
                    if (teacher.Teaches(DemoTaskDesigns.All[d], letter))
                        teachers._byClass[(teacher.School.Index, d, letter)] = teacher;
        return teachers;
    }

    public DemoTeacher? TeacherOf(int school, int design, int letter) => _byClass.GetValueOrDefault((school, design, letter));

    /// <summary>Per task, how much lower the class's students' θ is this year; null when the class has no planted teacher.</summary>
    public double[]? Drops(DemoProcedure procedure, int school, int letter)
    {
        if (TeacherOf(school, procedure.DesignIndex, letter) is not { Skill: { } skill } teacher
            || teacher.SkillDesign != procedure.DesignIndex || !skill.ActiveIn(procedure.Year))
            return null;
        if (!_drops.TryGetValue((procedure.DesignIndex, skill.Code), out var drops))
        {
            drops = procedure.Design.Tasks
                .Select(t => t.Skills.Split('|').Contains(skill.Code, StringComparer.Ordinal) ? PlantedSkillDrop : 0).ToArray();
            _drops[(procedure.DesignIndex, skill.Code)] = drops;
        }
        return drops;
    }

    private static DemoTeacher Create(int seed, int index, int offset, DemoSchool school, string? subject, int[] letters, int firstYear)
    {
        var random = DemoRandom.Stream(seed, DemoRandom.TeacherStream, index);
        var experience = random.Chance(YoungShare) ? random.Next(0, YoungYears) : Math.Clamp((int)Math.Round(random.Normal(18, 10)), YoungYears, 45);
        var roll = random.NextDouble();
        var category = experience switch
        {
            < YoungYears => TeacherCategory.None,
            < 5 => roll < 0.5 ? TeacherCategory.None : TeacherCategory.Conformity,
            < 10 => roll < 0.3 ? TeacherCategory.Conformity : TeacherCategory.First,
            _ => roll < 0.45 ? TeacherCategory.First : TeacherCategory.Highest,
        };
        // The code is a fixed permutation of the counter (the multiplier is prime to 10⁸), like the students' ids.
        var code = "T" + (((index + 1L) * 7_654_321 + offset) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var teacher = new DemoTeacher
        {
            Index = index, Code = code, School = school, Subject = subject, Letters = letters,
            ExperienceYears = experience, Category = category,
        };

        var designs = Enumerable.Range(0, DemoTaskDesigns.All.Count)
            .Where(d => Eligible(teacher, DemoTaskDesigns.All[d])).ToList();
        if (random.Chance(SkillShare) && designs.Count > 0)
        {
            var design = random.Pick(designs);
            var skills = DemoTaskDesigns.All[design].Tasks.SelectMany(t => t.Skills.Split('|')).Distinct(StringComparer.Ordinal).ToList();
            teacher.SkillDesign = design;
            teacher.Skill = Deficit(random, random.Pick(skills), firstYear);
        }
        if (random.Chance(CompetenceShare))
        {
            var first = random.Next(CompetenceCodes.Length);
            teacher.Competences.Add(Deficit(random, CompetenceCodes[first], firstYear));
            if (random.Chance(0.4))
                teacher.Competences.Add(Deficit(random, CompetenceCodes[(first + 1 + random.Next(CompetenceCodes.Length - 1)) % CompetenceCodes.Length], firstYear));
        }
        return teacher;
    }

    /// <summary>
    /// A planted skill must show in honest works: a school that inflates its ВПР pushes scores up to the thresholds,
    /// which would both hide the deficit and change how many numbers its works draw.
    /// </summary>
    private static bool Eligible(DemoTeacher teacher, DemoTaskDesign design) =>
        (teacher.IsPrimary ? design.Grade == 4 : design.Grade > 4 && design.Subject == teacher.Subject)
        && (design.Grade == 9 || teacher.School.HasPrimaryGrades)
        && !(teacher.School.InflatedVpr && design.Kind == Domain.Results.ProcedureKind.Vpr);

    /// <summary>Starts in the first or second year; half close two or three years later.</summary>
    private static DemoDeficit Deficit(Random random, string code, int firstYear)
    {
        var from = firstYear + random.Next(0, 2);
        return new DemoDeficit(code, from, random.Chance(0.5) ? from + random.Next(2, 4) : null);
    }
}
