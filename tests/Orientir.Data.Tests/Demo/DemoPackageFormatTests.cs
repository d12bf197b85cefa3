using System.Globalization;
using System.Text.RegularExpressions;
using Orientir.Data.Demo;

namespace Orientir.Data.Tests.Demo;

[Collection(DemoPackageCollection.Name)]
public class DemoPackageFormatTests(DemoPackage package)
{
    [Fact]
    public void The_summary_counts_equal_the_rows_of_the_files()
    {
        Assert.Equal(package.Municipalities.Rows.Count, package.Summary.Municipalities);
        Assert.Equal(package.Schools.Rows.Count, package.Summary.Schools);
        Assert.Equal(DemoPackage.SchoolCount, package.Summary.Schools);
        Assert.Equal(package.Procedures.Rows.Count, package.Summary.Procedures);
        Assert.Equal(package.Tasks.Rows.Count, package.Summary.Tasks);
        Assert.Equal(package.Results.Values.Sum(r => (long)r.Rows.Count), package.Summary.Works);
        Assert.Equal(package.Results.Count, Directory.GetFiles(Path.Combine(package.Directory, "results")).Length);
    }

    [Fact]
    public void Writes_vpr_grades_4_and_5_and_oge_in_russian_and_mathematics_every_year()
    {
        var expected = new[] { 2023, 2024, 2025 }
            .SelectMany(y => new[] { $"VPR-{y}-RU-4", $"VPR-{y}-MA-4", $"VPR-{y}-RU-5", $"VPR-{y}-MA-5", $"OGE-{y}-RU-9", $"OGE-{y}-MA-9" })
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, package.Procedures.Values("code").Order(StringComparer.Ordinal));
        foreach (var row in package.Procedures.Rows)
        {
            var parts = row[0].Split('-');
            Assert.Equal(parts[0], row[package.Procedures.Column("kind")]);
            Assert.Equal(parts[1], row[package.Procedures.Column("year")]);
            Assert.Equal(parts[2], row[package.Procedures.Column("subject")]);
            Assert.Equal(parts[3], row[package.Procedures.Column("grade")]);
            Assert.Equal("", row[package.Procedures.Column("min_score")]);
        }
        Assert.Equal("3:14;4:24;5:33", package.Procedures.Rows.Single(r => r[0] == "VPR-2025-RU-4")[package.Procedures.Column("mark_thresholds")]);
    }

    [Fact]
    public void Task_maxima_add_up_to_the_procedure_maximum()
    {
        foreach (var row in package.Procedures.Rows)
        {
            var tasks = package.TasksOf(row[0]);
            Assert.Equal(int.Parse(row[package.Procedures.Column("max_score")], CultureInfo.InvariantCulture), tasks.Sum(t => t.Max));
            Assert.All(tasks, t => Assert.InRange(t.Max, 1, 3));
            Assert.Contains(tasks, t => t.Level == "P");
            Assert.All(tasks, t => Assert.Contains(t.Level, new[] { "B", "P", "V" }));
            var (mark3, mark4, mark5) = package.ThresholdsOf(row[0]);
            Assert.True(0 < mark3 && mark3 < mark4 && mark4 < mark5 && mark5 <= tasks.Sum(t => t.Max));
        }
        Assert.All(package.Tasks.Values("skills"), s => Assert.Matches(@"^(RU|MA)\d\.\d+(\|(RU|MA)\d\.\d+)*$", s));
        Assert.Contains("1К1", package.Tasks.Values("task"));
        Assert.Contains("3.1", package.Tasks.Values("task"));
        Assert.Contains("V", package.Tasks.Values("level"));
    }

    [Fact]
    public void Every_work_has_the_sum_of_its_task_scores_and_the_mark_of_the_thresholds()
    {
        var notDone = 0;
        foreach (var (code, table) in package.Results.Select(r => (r.Key, r.Value)))
        {
            var tasks = package.TasksOf(code);
            Assert.Equal(["school_code", "participant", "student", "class", "variant", "journal_mark",
                .. tasks.Select(t => t.Task), "primary_score", "mark"], table.Header);
            var (mark3, mark4, mark5) = package.ThresholdsOf(code);
            var columns = tasks.Select(t => table.Column(t.Task)).ToArray();
            foreach (var row in table.Rows)
            {
                var sum = 0;
                for (var t = 0; t < tasks.Count; t++)
                {
                    var cell = row[columns[t]];
                    if (cell is "" or "X")
                        notDone++;
                    var points = DemoPackage.Points(cell);
                    Assert.InRange(points, 0, tasks[t].Max);
                    sum += points;
                }
                var primary = int.Parse(row[table.Column("primary_score")], CultureInfo.InvariantCulture);
                Assert.Equal(sum, primary);
                var expectedMark = primary >= mark5 ? 5 : primary >= mark4 ? 4 : primary >= mark3 ? 3 : 2;
                Assert.Equal(expectedMark.ToString(CultureInfo.InvariantCulture), row[table.Column("mark")]);
                Assert.Matches("^[2-5]$", row[table.Column("journal_mark")]);
            }
        }
        Assert.True(notDone > 0, "Some tasks should be left not done (X or empty).");
    }

    [Fact]
    public void Codes_are_strings_of_the_register_forms_and_participants_are_unique_within_a_procedure()
    {
        Assert.All(package.Municipalities.Values("code"), c => Assert.Matches(@"^26\d{3}$", c));
        Assert.All(package.Schools.Values("code"), c => Assert.Matches(@"^edu26\d{4,}$", c));
        Assert.Equal(package.Schools.Rows.Count, package.Schools.Values("code").Distinct().Count());
        var municipalities = package.Municipalities.Values("code").ToHashSet();
        Assert.All(package.Schools.Values("municipality_code"), c => Assert.Contains(c, municipalities));
        var schools = package.Schools.Values("code").ToHashSet();
        foreach (var (code, table) in package.Results.Select(r => (r.Key, r.Value)))
        {
            var grade = code[^1];
            Assert.All(table.Values("school_code"), c => Assert.Contains(c, schools));
            Assert.All(table.Values("participant"), p => Assert.Matches(@"^\d{6}$", p));
            Assert.Equal(table.Rows.Count, table.Values("participant").Distinct().Count());
            Assert.Equal(table.Rows.Count, table.Values("student").Distinct().Count());
            Assert.All(table.Values("student"), s => Assert.Matches(@"^S\d{8}$", s));
            Assert.All(table.Values("class"), c => Assert.Matches($"^{grade}[А-Я]$", c));
            Assert.All(table.Values("variant"), v => Assert.Contains(v, new[] { "1", "2" }));
        }
    }

    [Fact]
    public void Schools_have_russian_names_types_localities_and_a_social_passport_in_percent()
    {
        Assert.All(package.Municipalities.Values("name"), n => Assert.Matches("(муниципальный (округ|район)$)|(^город )", n));
        Assert.All(package.Schools.Values("name"), n => Assert.Matches("^(МБОУ|МКОУ|ГКОУ) .*№ \\d+", n));
        Assert.All(package.Schools.Values("type"), t => Assert.Contains(t, new[] { "general", "gymnasium", "lyceum", "advanced", "small", "evening", "special" }));
        Assert.Contains("urban", package.Schools.Values("locality"));
        Assert.Contains("rural", package.Schools.Values("locality"));
        var small = package.Schools.Rows.Where(r => r[package.Schools.Column("type")] == "small").ToList();
        Assert.NotEmpty(small);
        Assert.All(small, r => Assert.Equal("rural", r[package.Schools.Column("locality")]));
        var shares = package.Schools.Header.Where(h => h.StartsWith("share_", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, shares.Count);
        foreach (var share in shares)
            Assert.All(package.Schools.Values(share).Where(v => v != ""), v => Assert.InRange(DemoPackage.Share(v), 0, 100));
        Assert.Contains(package.Schools.Values("share_low_income"), v => v.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_utf8_without_a_byte_order_mark_with_semicolons_and_line_feeds()
    {
        foreach (var file in Directory.EnumerateFiles(package.Directory, "*.csv", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{file} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            var header = File.ReadLines(file).First();
            Assert.Contains(';', header);
            Assert.DoesNotContain(',', header);
        }
        Assert.Contains("город", File.ReadAllText(Path.Combine(package.Directory, "municipalities.csv")) + File.ReadAllText(Path.Combine(package.Directory, "schools.csv")));
    }

    [Fact]
    public void Truth_lists_every_school_effect_and_status_and_the_planted_schools()
    {
        Assert.Equal(["school_code", "fact", "value"], package.Truth.Header);
        Assert.Equal(package.Schools.Values("code").ToHashSet(), package.SchoolsWith("school_effect"));
        Assert.Equal(package.Schools.Values("code").ToHashSet(), package.SchoolsWith("ses"));
        Assert.Equal(package.Schools.Values("code").ToHashSet(), package.SchoolsWith("mean_ability"));
        Assert.InRange(package.SchoolsWith("inflated_vpr").Count, 1, 3);
        Assert.InRange(package.SchoolsWith("lenient_journal").Count, 1, 4);
        Assert.Empty(package.SchoolsWith("inflated_vpr").Intersect(package.SchoolsWith("lenient_journal")));
        Assert.All(package.Truth.Rows.Where(r => r[1] is "inflated_vpr" or "lenient_journal"), r => Assert.Equal("1", r[2]));
        Assert.All(package.Truth.Rows.Where(r => r[1] == "school_effect"), r => Assert.InRange(DemoPackage.Share(r[2]), -2, 2));
    }
}

public class DemoPackageDeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "orientir-demo-seed-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        var options = new DemoOptions(Seed: 42, Schools: 25, Years: [2024, 2025]);
        DemoPackageGenerator.Generate(Path.Combine(_root, "a"), options);
        DemoPackageGenerator.Generate(Path.Combine(_root, "b"), options);
        DemoPackageGenerator.Generate(Path.Combine(_root, "c"), options with { Seed = 43 });

        var files = Files(Path.Combine(_root, "a"));
        Assert.Equal(files, Files(Path.Combine(_root, "b")));
        Assert.Equal(files, Files(Path.Combine(_root, "c")));
        foreach (var file in files)
            Assert.True(Read("a", file).SequenceEqual(Read("b", file)), $"{file} differs for the same seed");
        Assert.False(Read("a", "results/VPR-2025-RU-4.csv").SequenceEqual(Read("c", "results/VPR-2025-RU-4.csv")));
        Assert.False(Read("a", "schools.csv").SequenceEqual(Read("c", "schools.csv")));
    }

    [Fact]
    public void Regenerating_with_other_years_leaves_no_results_of_the_old_years()
    {
        var directory = Path.Combine(_root, "regenerated");
        DemoPackageGenerator.Generate(directory, new DemoOptions(Schools: 5, Years: [2023, 2024]));
        var summary = DemoPackageGenerator.Generate(directory, new DemoOptions(Schools: 5, Years: [2025]));

        var results = Directory.GetFiles(Path.Combine(directory, "results")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(summary.Procedures, results.Count);
        Assert.All(results, f => Assert.Contains("-2025-", f!, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_progress_in_russian()
    {
        var messages = new List<string>();
        DemoPackageGenerator.Generate(Path.Combine(_root, "progress"), new DemoOptions(Schools: 3, Years: [2025]), new SyncProgress(messages));
        Assert.Contains(messages, m => m.StartsWith("Реестр", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("OGE-2025-MA-9", StringComparison.Ordinal));
    }

    private sealed class SyncProgress(List<string> messages) : IProgress<string>
    {
        public void Report(string value) => messages.Add(value);
    }

    private static List<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private byte[] Read(string run, string file) => File.ReadAllBytes(Path.Combine(_root, run, file));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }
}
