using System.Globalization;

namespace Orientir.Data.Tests.Demo;

/// <summary>The generated region carries the structure the analytics rely on: cohorts, planted anomalies, context.</summary>
[Collection(DemoPackageCollection.Name)]
public class DemoPackageModelTests(DemoPackage package)
{
    [Fact]
    public void Most_grade_5_students_were_in_grade_4_of_the_same_school_a_year_before()
    {
        foreach (var year in new[] { 2024, 2025 })
        {
            var grade4 = StudentsBySchool($"VPR-{year - 1}-RU-4", $"VPR-{year - 1}-MA-4");
            var grade5 = StudentsBySchool($"VPR-{year}-RU-5", $"VPR-{year}-MA-5");
            var followed = grade5.Count(s => grade4.TryGetValue(s.Key, out var school) && school == s.Value);
            var elsewhere = grade5.Count(s => grade4.TryGetValue(s.Key, out var school) && school != s.Value);
            Assert.True(followed > 0.85 * grade5.Count, $"{year}: {followed} of {grade5.Count} grade-5 students were in grade 4 a year before");
            Assert.True(followed < grade5.Count, "A few students are new in grade 5.");
            Assert.Equal(0, elsewhere);
            Assert.True(grade4.Keys.Count(grade5.ContainsKey) < grade4.Count, "A few grade-4 students leave.");
        }
        var grade9 = StudentsBySchool("OGE-2025-RU-9");
        Assert.DoesNotContain(grade9.Keys, StudentsBySchool("VPR-2025-RU-4").ContainsKey);
    }

    [Fact]
    public void Schools_planted_as_inflating_vpr_do_better_on_advanced_tasks_and_bunch_at_the_thresholds()
    {
        var inflated = package.SchoolsWith("inflated_vpr");
        Assert.NotEmpty(inflated);
        var (plantedAdvanced, plantedBunching) = AdvancedSuccessAndBunching("VPR", inflated.Contains);
        var (otherAdvanced, otherBunching) = AdvancedSuccessAndBunching("VPR", s => !inflated.Contains(s));
        Assert.True(plantedAdvanced > otherAdvanced + 0.2, $"advanced-task success {plantedAdvanced:0.00} vs {otherAdvanced:0.00}");
        Assert.True(plantedBunching > 1.5 * otherBunching, $"works at a threshold {plantedBunching:0.000} vs {otherBunching:0.000}");

        // Their ОГЭ does not confirm it: the same schools are no better there than their mean result says.
        var (plantedOge, _) = AdvancedSuccessAndBunching("OGE", inflated.Contains);
        var (otherOge, _) = AdvancedSuccessAndBunching("OGE", s => !inflated.Contains(s));
        Assert.True(plantedOge < otherOge + 0.15, $"ОГЭ advanced-task success {plantedOge:0.00} vs {otherOge:0.00}");
    }

    [Fact]
    public void Schools_planted_as_lenient_give_journal_marks_above_the_marks_of_the_works()
    {
        var lenient = package.SchoolsWith("lenient_journal");
        Assert.NotEmpty(lenient);
        var planted = JournalMinusMark(lenient.Contains);
        var others = JournalMinusMark(s => !lenient.Contains(s));
        Assert.True(planted > others + 0.25, $"journal − mark {planted:0.00} vs {others:0.00}");
    }

    [Fact]
    public void The_social_passport_correlates_with_results()
    {
        var means = package.Results
            .SelectMany(p => Percents(p.Key, p.Value))
            .GroupBy(w => w.School).ToDictionary(g => g.Key, g => g.Average(w => w.Percent));

        double Correlation(string share)
        {
            var pairs = package.Schools.Rows
                .Where(r => r[package.Schools.Column(share)] != "" && means.ContainsKey(r[0]))
                .Select(r => (X: DemoPackage.Share(r[package.Schools.Column(share)]), Y: means[r[0]])).ToList();
            return Pearson(pairs);
        }

        Assert.True(Correlation("share_both_parents_higher_ed") > 0.3);
        Assert.True(Correlation("share_low_income") < -0.3);
        Assert.True(Correlation("share_unemployed_parents") < -0.2);
        // The shares are one status seen seven ways: they correlate with each other too.
        var both = package.Schools.Rows.Where(r => r[6] != "" && r[9] != "").Select(r => (DemoPackage.Share(r[6]), DemoPackage.Share(r[9]))).ToList();
        Assert.True(Pearson(both) < -0.3);
        var ses = package.Truth.Rows.Where(r => r[1] == "ses" && means.ContainsKey(r[0]))
            .Select(r => (DemoPackage.Share(r[2]), means[r[0]])).ToList();
        Assert.True(Pearson(ses) > 0.4);
    }

    [Fact]
    public void A_few_schools_leave_passport_shares_unknown()
    {
        var shares = package.Schools.Header.Where(h => h.StartsWith("share_", StringComparison.Ordinal)).Select(package.Schools.Column).ToList();
        var gaps = package.Schools.Rows.Count(r => shares.Any(c => r[c] == ""));
        Assert.InRange(gaps, 1, package.Schools.Rows.Count / 4);
    }

    [Fact]
    public void Small_schools_write_few_works_and_large_ones_many()
    {
        var size = package.Schools.Rows.ToDictionary(r => r[0], r => r[package.Schools.Column("type")]);
        var perSchool = package.Results["VPR-2025-RU-4"].Rows.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Count());
        var small = perSchool.Where(p => size[p.Key] == "small").Select(p => p.Value).ToList();
        Assert.NotEmpty(small);
        Assert.All(small, n => Assert.InRange(n, 1, 14));
        Assert.True(perSchool.Values.Max() >= 40);
    }

    private Dictionary<string, string> StudentsBySchool(params string[] procedures)
    {
        var students = new Dictionary<string, string>();
        foreach (var procedure in procedures)
            foreach (var row in package.Results[procedure].Rows)
                students[row[2]] = row[0];
        return students;
    }

    private (double AdvancedSuccess, double AtThreshold) AdvancedSuccessAndBunching(string kind, Func<string, bool> school)
    {
        double points = 0, maxima = 0;
        int works = 0, atThreshold = 0;
        foreach (var (code, table) in package.ResultsOf(kind))
        {
            var advanced = package.TasksOf(code).Where(t => t.Level != "B").Select(t => (Column: table.Column(t.Task), t.Max)).ToList();
            var (mark3, mark4, mark5) = package.ThresholdsOf(code);
            var primary = table.Column("primary_score");
            foreach (var row in table.Rows.Where(r => school(r[0])))
            {
                foreach (var (column, max) in advanced)
                {
                    points += DemoPackage.Points(row[column]);
                    maxima += max;
                }
                var score = int.Parse(row[primary], CultureInfo.InvariantCulture);
                works++;
                if (score == mark3 || score == mark4 || score == mark5)
                    atThreshold++;
            }
        }
        Assert.True(works > 0);
        return (points / maxima, atThreshold / (double)works);
    }

    private double JournalMinusMark(Func<string, bool> school)
    {
        var differences = package.Results.Values
            .SelectMany(t => t.Rows.Where(r => school(r[0]))
                .Select(r => int.Parse(r[t.Column("journal_mark")], CultureInfo.InvariantCulture) - int.Parse(r[t.Column("mark")], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.NotEmpty(differences);
        return differences.Average();
    }

    private IEnumerable<(string School, double Percent)> Percents(string procedure, CsvTable table)
    {
        var max = (double)package.TasksOf(procedure).Sum(t => t.Max);
        var primary = table.Column("primary_score");
        return table.Rows.Select(r => (r[0], int.Parse(r[primary], CultureInfo.InvariantCulture) / max));
    }

    private static double Pearson(IReadOnlyList<(double X, double Y)> pairs)
    {
        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        var sxy = pairs.Sum(p => (p.X - mx) * (p.Y - my));
        var sxx = pairs.Sum(p => (p.X - mx) * (p.X - mx));
        var syy = pairs.Sum(p => (p.Y - my) * (p.Y - my));
        return sxy / Math.Sqrt(sxx * syy);
    }
}
