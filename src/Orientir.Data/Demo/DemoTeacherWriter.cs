using System.Globalization;
using Orientir.Domain.Staff;

namespace Orientir.Data.Demo;

/// <summary>Writes teachers.csv, teacher_classes.csv, teacher_diagnostics.csv and truth_teachers.csv beside the package.</summary>
internal static class DemoTeacherWriter
{
    public const string TruthFile = "truth_teachers.csv";
    public const double DiagnosedShare = 0.35;
    public const int CompetenceMax = 10;
    public const double NormalScore = 7.5;
    public const double DeficitScore = 3;

    public static long WriteTeachers(string directory, DemoTeachers teachers)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, "teachers.csv"));
        csv.Header("code", "school_code", "subjects", "experience_years", "category");
        foreach (var teacher in teachers.All)
        {
            csv.Field(teacher.Code).Field(teacher.School.Code).Field(teacher.Subjects).Field(teacher.ExperienceYears)
                .Field(CategoryCode(teacher.Category));
            csv.EndRow();
        }
        return csv.Rows;
    }

    private static string CategoryCode(TeacherCategory category) => category switch
    {
        TeacherCategory.Conformity => "conformity",
        TeacherCategory.First => "first",
        TeacherCategory.Highest => "highest",
        _ => "none",
    };

    /// <param name="classes">Per procedure, the (school index, class letter) of the classes its results file holds.</param>
    public static long WriteClasses(string directory, DemoTeachers teachers, IReadOnlyList<DemoSchool> schools,
        IReadOnlyDictionary<DemoProcedure, ISet<(int School, int Letter)>> classes)
    {
        var rows = new List<(DemoTeacher Teacher, int Year, int Design, int Letter)>();
        foreach (var (procedure, held) in classes)
            foreach (var (school, letter) in held)
                if (teachers.TeacherOf(school, procedure.DesignIndex, letter) is { } teacher)
                    rows.Add((teacher, procedure.Year, procedure.DesignIndex, letter));
        using var csv = new DemoCsvWriter(Path.Combine(directory, "teacher_classes.csv"));
        csv.Header("teacher_code", "school_code", "class", "subject", "year");
        foreach (var row in rows.OrderBy(r => r.Teacher.Index).ThenBy(r => r.Year).ThenBy(r => r.Design).ThenBy(r => r.Letter))
        {
            var design = DemoTaskDesigns.All[row.Design];
            var label = string.Create(CultureInfo.InvariantCulture, $"{design.Grade}{DemoNames.ClassLetters[row.Letter]}");
            csv.Field(row.Teacher.Code).Field(schools[row.Teacher.School.Index].Code).Field(label).Field(design.Subject).Field(row.Year);
            csv.EndRow();
        }
        return csv.Rows;
    }

    /// <summary>
    /// A diagnostic <c>DIAG-&lt;year&gt;</c> each year of about a third of the teachers: every competence scored out of
    /// 10, about N(7.5, 1), and about N(3, 1) on a planted competence deficit active that year.
    /// </summary>
    public static long WriteDiagnostics(string directory, int seed, DemoTeachers teachers, IReadOnlyList<int> years)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, "teacher_diagnostics.csv"));
        csv.Header("teacher_code", "procedure", "year", "competence", "score", "max_score");
        foreach (var year in years)
        {
            var procedure = string.Create(CultureInfo.InvariantCulture, $"DIAG-{year}");
            foreach (var teacher in teachers.All)
            {
                // A stream per teacher and year: a package with more years keeps the earlier years' diagnostics.
                var random = DemoRandom.Stream(seed, DemoRandom.TeacherStream, teacher.Index, year);
                if (!random.Chance(DiagnosedShare))
                    continue;
                foreach (var competence in DemoTeachers.CompetenceCodes)
                {
                    var deficit = teacher.Competences.Any(d => d.Code == competence && d.ActiveIn(year));
                    var score = Math.Clamp((int)Math.Round(random.Normal(deficit ? DeficitScore : NormalScore, 1.0)), 0, CompetenceMax);
                    csv.Field(teacher.Code).Field(procedure).Field(year).Field(competence).Field(score).Field(CompetenceMax);
                    csv.EndRow();
                }
            }
        }
        return csv.Rows;
    }

    /// <summary>The planted teacher deficits, one row each (docs/demo-generator.md); not part of the package format.</summary>
    public static void WriteTruth(string directory, DemoTeachers teachers)
    {
        using var csv = new DemoCsvWriter(Path.Combine(directory, TruthFile));
        csv.Header("teacher", "source", "code", "subject", "from_year", "to_year");
        foreach (var teacher in teachers.All)
        {
            if (teacher.Skill is { } skill)
            {
                csv.Field(teacher.Code).Field("results").Field(skill.Code).Field(DemoTaskDesigns.All[teacher.SkillDesign].Subject)
                    .Field(skill.From).Field(skill.To is { } to ? to.ToString(CultureInfo.InvariantCulture) : null);
                csv.EndRow();
            }
            foreach (var competence in teacher.Competences)
            {
                csv.Field(teacher.Code).Field("diagnostic").Field(competence.Code).Field((string?)null)
                    .Field(competence.From).Field(competence.To is { } to ? to.ToString(CultureInfo.InvariantCulture) : null);
                csv.EndRow();
            }
        }
    }
}
