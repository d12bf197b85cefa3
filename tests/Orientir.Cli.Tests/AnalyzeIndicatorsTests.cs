using System.Text;
using System.Text.Json;
using Orientir.Data.Database;
using Orientir.Testing;

namespace Orientir.Cli.Tests;

/// <summary>
/// <c>orientir analyze indicators</c> through the real command on a generated 30-school package, checked against
/// the definitions of docs/methodology.md §3 computed here straight from the package's CSV files.
/// </summary>
public class AnalyzeIndicatorsTests
{
    private const double Precision = 1e-9;

    [Fact]
    public async Task Region_numbers_agree_with_an_independent_computation_from_the_package_files()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var package = await GeneratedPackage.CreateAsync(30, years: "2025");
        Assert.Equal(0, (await OrientirProcess.RunAsync("import", package.Directory, "--db", database.ConnectionString)).ExitCode);
        var json = Path.Combine(package.Directory, "out", "indicators.json");

        var run = await OrientirProcess.RunAsync("analyze", "indicators", "--year", "2025", "--json", json, "--db", database.ConnectionString);

        Assert.True(run.ExitCode == 0, run.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var rows = document.RootElement.EnumerateArray().ToList();
        var procedures = PackageProcedure.ReadAll(package.Directory);
        Assert.Equal(procedures.Keys.Order(StringComparer.Ordinal), rows.Where(r => Level(r) == "region").Select(r => r.GetProperty("procedure").GetString()));
        foreach (var (code, expected) in procedures)
        {
            var region = rows.Single(r => Level(r) == "region" && r.GetProperty("procedure").GetString() == code);
            Assert.Equal(expected.Works.Count, region.GetProperty("participants").GetInt32());
            Assert.Equal(expected.MeanPercent, region.GetProperty("meanPercent").GetDouble(), Precision);
            for (var mark = 2; mark <= 5; mark++)
                Assert.Equal(expected.MarkShare(mark), region.GetProperty("marks").GetProperty(mark.ToString()).GetDouble(), Precision);
            Assert.Equal(expected.MarkShare(3) + expected.MarkShare(4) + expected.MarkShare(5), region.GetProperty("successRate").GetDouble(), Precision);
            Assert.Equal(expected.MarkShare(4) + expected.MarkShare(5), region.GetProperty("qualityRate").GetDouble(), Precision);
            var tasks = region.GetProperty("tasks").EnumerateArray().ToList();
            Assert.Equal(expected.Tasks.Select(t => t.Label), tasks.Select(t => t.GetProperty("task").GetString()));
            for (var t = 0; t < tasks.Count; t++)
                Assert.Equal(expected.TaskSuccess(t), tasks[t].GetProperty("successRate").GetDouble(), Precision);
            var journal = region.GetProperty("journal");
            Assert.Equal(expected.JournalShare(-1), journal.GetProperty("lower").GetDouble(), Precision);
            Assert.Equal(expected.JournalShare(0), journal.GetProperty("same").GetDouble(), Precision);
            Assert.Equal(expected.JournalShare(1), journal.GetProperty("higher").GetDouble(), Precision);

            // Every school with at least 5 works has its row, and no smaller school has one.
            var bigSchools = expected.Works.GroupBy(w => w.School).Where(g => g.Count() >= 5).Select(g => g.Key).Order(StringComparer.Ordinal);
            Assert.Equal(bigSchools, rows.Where(r => Level(r) == "school" && r.GetProperty("procedure").GetString() == code)
                .Select(r => r.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
            Assert.All(rows.Where(r => r.GetProperty("procedure").GetString() == code), r => Assert.True(r.GetProperty("participants").GetInt32() >= 5));
        }
        Assert.Contains(rows, r => Level(r) == "municipality");
    }

    [Fact]
    public async Task A_year_without_procedures_is_told_and_exits_with_one()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var json = Path.Combine(Path.GetTempPath(), $"orientir-{Guid.NewGuid():N}.json");

        var run = await OrientirProcess.RunAsync("analyze", "indicators", "--year", "1999", "--json", json, "--db", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Нет процедур 1999 года", run.All);
        Assert.False(File.Exists(json));
    }

    private static string? Level(JsonElement row) => row.GetProperty("level").GetString();

    private sealed record TaskColumn(string Label, int Max);

    private sealed record Work(string School, int[] Scores, int Primary, int? Mark, int? Journal);

    /// <summary>One procedure as its files say, with the definitions of methodology §3 written out once more.</summary>
    private sealed record PackageProcedure(int MaxScore, int[]? Thresholds, List<TaskColumn> Tasks, List<Work> Works)
    {
        public double MeanPercent => 100.0 * Works.Sum(w => w.Primary) / (Works.Count * (double)MaxScore);

        public double MarkShare(int mark) => 100.0 * Works.Count(w => w.Mark == mark) / Works.Count(w => w.Mark is not null);

        public double TaskSuccess(int task) => 100.0 * Works.Sum(w => w.Scores[task]) / (Works.Count * (double)Tasks[task].Max);

        public double JournalShare(int sign)
        {
            var compared = Works.Where(w => w.Mark is not null && w.Journal is not null).ToList();
            return 100.0 * compared.Count(w => Math.Sign(w.Mark!.Value - w.Journal!.Value) == sign) / compared.Count;
        }

        public static SortedDictionary<string, PackageProcedure> ReadAll(string directory)
        {
            var result = new SortedDictionary<string, PackageProcedure>(StringComparer.Ordinal);
            var tasks = Csv(Path.Combine(directory, "tasks.csv"));
            foreach (var p in Csv(Path.Combine(directory, "procedures.csv")))
            {
                var code = p["code"];
                int[]? thresholds = p["mark_thresholds"].Length == 0 ? null
                    : p["mark_thresholds"].Split(';').Select(part => int.Parse(part.Split(':')[1])).ToArray();
                var design = tasks.Where(t => t["procedure_code"] == code).Select(t => new TaskColumn(t["task"], int.Parse(t["max_score"]))).ToList();
                var works = new List<Work>();
                foreach (var r in Csv(Path.Combine(directory, "results", code + ".csv")))
                {
                    var scores = design.Select(t => int.TryParse(r[t.Label], out var s) ? s : 0).ToArray();
                    var primary = scores.Sum();
                    int? mark = r.TryGetValue("mark", out var m) && m.Length > 0 ? int.Parse(m)
                        : thresholds is null ? null : primary >= thresholds[2] ? 5 : primary >= thresholds[1] ? 4 : primary >= thresholds[0] ? 3 : 2;
                    int? journal = r["journal_mark"].Length > 0 ? int.Parse(r["journal_mark"]) : null;
                    works.Add(new Work(r["school_code"], scores, primary, mark, journal));
                }
                result[code] = new PackageProcedure(int.Parse(p["max_score"]), thresholds, design, works);
            }
            return result;
        }

        /// <summary>Rows of a `;`-separated file with RFC 4180 quotes, by header name.</summary>
        private static List<Dictionary<string, string>> Csv(string path)
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).Select(Split).ToList();
            return lines.Skip(1).Select(cells => lines[0].Select((name, i) => (name, value: i < cells.Count ? cells[i] : ""))
                .ToDictionary(c => c.name.Trim(), c => c.value.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        }

        private static List<string> Split(string line)
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else cell.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ';') { cells.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            cells.Add(cell.ToString());
            return cells;
        }
    }
}
