using System.Globalization;
using Orientir.Data.Demo;

namespace Orientir.Data.Tests.Demo;

/// <summary>The generated teachers, their classes and diagnostics, and the deficits planted in them (truth_teachers.csv).</summary>
[Collection(DemoPackageCollection.Name)]
public class DemoTeacherTests(DemoPackage package)
{
    private CsvTable Read(string file) => CsvTable.Read(Path.Combine(package.Directory, file));

    [Fact]
    public void Teachers_have_stable_pseudonymous_codes_a_realistic_experience_and_a_category_by_experience()
    {
        var teachers = Read("teachers.csv");
        Assert.Equal(["code", "school_code", "subjects", "experience_years", "category"], teachers.Header);
        Assert.Equal(package.Summary.Teachers, teachers.Rows.Count);
        Assert.All(teachers.Values("code"), c => Assert.Matches("^T[0-9]{8}$", c));
        Assert.Equal(teachers.Rows.Count, teachers.Values("code").Distinct().Count());
        Assert.Subset(package.Schools.Values("code").ToHashSet(), teachers.Values("school_code").ToHashSet());
        Assert.Subset(new HashSet<string> { "RU|MA", "RU", "MA" }, teachers.Values("subjects").ToHashSet());

        var experience = teachers.Values("experience_years").Select(int.Parse).ToList();
        var young = experience.Count(e => e < DemoTeachers.YoungYears) / (double)experience.Count;
        Assert.InRange(young, 0.06, 0.2);
        Assert.All(teachers.Rows.Where(r => int.Parse(r[3], CultureInfo.InvariantCulture) < DemoTeachers.YoungYears), r => Assert.Equal("none", r[4]));
        Assert.Contains("highest", teachers.Values("category"));
    }

    [Fact]
    public void Teacher_classes_link_every_class_of_the_results_files_to_a_teacher_of_its_subject()
    {
        var links = Read("teacher_classes.csv");
        Assert.Equal(package.Summary.TeacherClasses, links.Rows.Count);
        var linked = links.Rows.Select(r => (r[1], r[2], r[3], r[4])).ToHashSet();
        Assert.Equal(links.Rows.Count, links.Rows.Select(r => (r[0], r[1], r[2], r[3], r[4])).Distinct().Count());
        var expected = new HashSet<(string, string, string, string)>();
        foreach (var (code, table) in package.Results)
        {
            var parts = code.Split('-');
            foreach (var row in table.Rows)
                expected.Add((row[0], row[3], parts[2], parts[1]));
        }
        Assert.Equal(expected.OrderBy(e => e), linked.OrderBy(e => e));
    }

    [Fact]
    public void A_planted_skill_lowers_the_success_of_the_teachers_students_on_that_skills_tasks()
    {
        var links = Read("teacher_classes.csv");
        var planted = Read("truth_teachers.csv").Rows.Where(r => r[1] == "results").ToList();
        var teachers = Read("teachers.csv").Rows.Count;
        Assert.InRange(planted.Count / (double)teachers, 0.12, 0.3);

        var gaps = new List<double>();
        foreach (var row in planted)
        {
            var (teacher, skill, subject, from) = (row[0], row[2], row[3], int.Parse(row[4], CultureInfo.InvariantCulture));
            int? to = row[5].Length > 0 ? int.Parse(row[5], CultureInfo.InvariantCulture) : null;
            var grade = skill[subject.Length..skill.IndexOf('.', StringComparison.Ordinal)];
            for (var year = from; year <= 2025 && (to is null || year < to); year++)
            {
                var procedure = $"{(grade == "9" ? "OGE" : "VPR")}-{year}-{subject}-{grade}";
                var classes = links.Rows.Where(r => r[0] == teacher && r[3] == subject && r[4] == year.ToString(CultureInfo.InvariantCulture)
                    && r[2].StartsWith(grade, StringComparison.Ordinal)).Select(r => (r[1], r[2])).ToHashSet();
                if (classes.Count == 0) continue;
                var tasks = package.Tasks.Rows.Where(r => r[0] == procedure).ToList();
                var skillTasks = tasks.Where(t => t[4].Split('|').Contains(skill)).Select(t => t[1]).ToHashSet();
                var (teacherSkill, teacherOther) = Success(procedure, tasks, skillTasks, r => classes.Contains((r[0], r[3])));
                var (restSkill, restOther) = Success(procedure, tasks, skillTasks, r => !classes.Contains((r[0], r[3])));
                // Relative to the same students' other tasks, so that a weak class is not taken for a planted one.
                gaps.Add((teacherSkill - teacherOther) - (restSkill - restOther));
            }
        }
        Assert.True(gaps.Count >= 10, $"{gaps.Count} planted teacher-years");
        Assert.True(gaps.Average() < -0.2, $"mean gap {gaps.Average():0.000}");
        Assert.True(gaps.Count(g => g < -0.1) >= 0.85 * gaps.Count, string.Join(" ", gaps.Select(g => g.ToString("0.00", CultureInfo.InvariantCulture))));
    }

    private (double Skill, double Other) Success(string procedure, List<string[]> tasks, HashSet<string> skillTasks, Func<string[], bool> include)
    {
        var table = package.Results[procedure];
        double skillPoints = 0, skillMax = 0, otherPoints = 0, otherMax = 0;
        foreach (var row in table.Rows.Where(include))
            foreach (var task in tasks)
            {
                var points = DemoPackage.Points(row[table.Column(task[1])]);
                var max = int.Parse(task[2], CultureInfo.InvariantCulture);
                if (skillTasks.Contains(task[1])) (skillPoints, skillMax) = (skillPoints + points, skillMax + max);
                else (otherPoints, otherMax) = (otherPoints + points, otherMax + max);
            }
        return (skillPoints / skillMax, otherPoints / otherMax);
    }

    [Fact]
    public void A_planted_competence_scores_low_in_the_diagnostics_of_its_years()
    {
        var diagnostics = Read("teacher_diagnostics.csv");
        Assert.Equal(package.Summary.TeacherDiagnostics, diagnostics.Rows.Count);
        var planted = Read("truth_teachers.csv").Rows.Where(r => r[1] == "diagnostic").ToList();
        var teachers = Read("teachers.csv").Rows.Count;
        Assert.InRange(planted.Select(r => r[0]).Distinct().Count() / (double)teachers, 0.07, 0.25);
        Assert.All(planted, r => Assert.Contains(r[2], DemoTeachers.CompetenceCodes));

        bool Active(string[] d) => planted.Any(p => p[0] == d[0] && p[2] == d[3]
            && int.Parse(d[2], CultureInfo.InvariantCulture) >= int.Parse(p[4], CultureInfo.InvariantCulture)
            && (p[5].Length == 0 || int.Parse(d[2], CultureInfo.InvariantCulture) < int.Parse(p[5], CultureInfo.InvariantCulture)));
        var low = diagnostics.Rows.Where(Active).Select(d => double.Parse(d[4], CultureInfo.InvariantCulture)).ToList();
        var normal = diagnostics.Rows.Where(d => !Active(d)).Select(d => double.Parse(d[4], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(low);
        Assert.InRange(low.Average(), 2, 4);
        Assert.InRange(normal.Average(), 7, 8);
        Assert.All(diagnostics.Rows, d => Assert.Equal("10", d[5]));
        var perYear = diagnostics.Rows.GroupBy(d => d[1]).ToDictionary(g => g.Key, g => g.Select(d => d[0]).Distinct().Count());
        Assert.Equal(["DIAG-2023", "DIAG-2024", "DIAG-2025"], perYear.Keys.Order());
        Assert.All(perYear.Values, n => Assert.InRange(n / (double)teachers, 0.25, 0.45));
    }

    [Fact]
    public void A_package_with_a_later_last_year_keeps_the_earlier_years_byte_for_byte_and_the_same_seed_writes_the_same_bytes()
    {
        var shorter = Generate([2023, 2024, 2025]);
        var again = Generate([2023, 2024, 2025]);
        var longer = Generate([2023, 2024, 2025, 2026]);
        try
        {
            foreach (var file in Directory.EnumerateFiles(shorter, "*.csv", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(shorter, file);
                Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))), $"{name} differs between two runs");
            }
            foreach (var name in (string[])["teachers.csv", "truth_teachers.csv", "results/VPR-2025-MA-4.csv", "results/OGE-2024-RU-9.csv"])
                Assert.True(File.ReadAllBytes(Path.Combine(shorter, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(longer, name))), name);
            foreach (var name in (string[])["teacher_classes.csv", "teacher_diagnostics.csv"])
            {
                var before = File.ReadAllLines(Path.Combine(shorter, name));
                var year = Array.IndexOf(before[0].Split(';'), "year");
                Assert.Equal(before, File.ReadAllLines(Path.Combine(longer, name)).Where(l => !l.Split(';')[year].Equals("2026", StringComparison.Ordinal)));
            }
        }
        finally
        {
            foreach (var folder in new[] { shorter, again, longer }) Directory.Delete(folder, recursive: true);
        }
    }

    private static string Generate(int[] years)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-demo-teachers-").FullName;
        DemoPackageGenerator.Generate(folder, new DemoOptions(Seed: 11, Schools: 12, Years: years));
        return folder;
    }
}
