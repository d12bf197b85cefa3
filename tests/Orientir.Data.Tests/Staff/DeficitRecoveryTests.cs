using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Schools;
using Orientir.Domain.Staff;
using Xunit.Abstractions;

namespace Orientir.Data.Tests.Staff;

/// <summary>
/// The acceptance test of the deficit rules (docs/methodology.md §6): a generated region with deficits planted in
/// teachers' diagnostics and in their classes' results (docs/demo-generator.md, truth_teachers.csv) is imported, which
/// measures every teacher, and the deficits found are compared with the planted ones, year by year. Precision: the share
/// of deficits found that were planted; recall: the share of planted deficits found, of those the data could show (the
/// teacher was measured on that code that year).
/// </summary>
public class DeficitRecoveryTests(ITestOutputHelper output)
{
    private const int Schools = 150;
    private static readonly int[] Years = [2023, 2024, 2025];

    private sealed record Planted(string Teacher, MeasurementSource Source, string Code, int From, int? To)
    {
        public bool ActiveIn(int year) => year >= From && (To is null || year < To);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public async Task Planted_deficits_are_found_with_precision_and_recall_of_at_least_0_8(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-deficits-").FullName;
        try
        {
            var package = Path.Combine(folder, "package");
            DemoPackageGenerator.Generate(package, new DemoOptions(seed, Schools, Years));
            var connectionString = $"Data Source={Path.Combine(folder, "deficits.db")}";
            await OrientirDatabase.MigrateAsync(connectionString);
            var outcome = await new PackageImporter(connectionString).ImportDirectoryAsync(package, "analyst");
            Assert.Empty(outcome.Errors);

            await using var db = OrientirDatabase.CreateContext(connectionString);
            // The published lists carry the signs of non-objective results, whose works measure no teacher.
            foreach (var year in Years) await new SchoolAnalysisPublisher(db).PublishAsync(year, "analyst");
            var measured = await (from m in db.TeacherMeasurements
                                  join t in db.Teachers on m.TeacherId equals t.Id
                                  join s in db.Schools on t.SchoolId equals s.Id
                                  select new { t.Code, m.Source, Skill = m.Code, m.Year, m.IsDeficit, School = s.Code, m.ProcedureCode }).ToListAsync();
            var inflated = File.ReadLines(Path.Combine(package, "truth.csv")).Where(l => l.Contains("inflated_vpr")).Select(l => l.Split(';')[0]).ToHashSet();
            Assert.NotEmpty(measured);
            var planted = ReadTruth(Path.Combine(package, "truth_teachers.csv"));

            foreach (var source in Enum.GetValues<MeasurementSource>())
            {
                var plantedBy = planted.Where(p => p.Source == source).ToLookup(p => (p.Teacher, p.Code));
                bool IsPlanted(string teacher, string code, int year) => plantedBy[(teacher, code)].Any(p => p.ActiveIn(year));
                var rows = measured.Where(m => m.Source == source).ToList();
                var found = rows.Where(m => m.IsDeficit).ToList();
                var truePositives = found.Count(m => IsPlanted(m.Code, m.Skill, m.Year));
                var measurablePlanted = rows.Where(m => IsPlanted(m.Code, m.Skill, m.Year)).ToList();
                var precision = found.Count == 0 ? 0 : truePositives / (double)found.Count;
                var recall = measurablePlanted.Count == 0 ? 0 : measurablePlanted.Count(m => m.IsDeficit) / (double)measurablePlanted.Count;
                var falsePositives = found.Where(m => !IsPlanted(m.Code, m.Skill, m.Year)).ToList();
                var beside = falsePositives.Count(m => planted.Any(p => p.Source == source && p.Teacher == m.Code && p.ActiveIn(m.Year)
                    && p.Code.Split('.')[0] == m.Skill.Split('.')[0]));
                output.WriteLine($"  false: {falsePositives.Count}, of them beside a planted skill of the same work: {beside}, in inflating schools' VPR: {falsePositives.Count(m => inflated.Contains(m.School) && m.ProcedureCode.StartsWith("VPR"))}");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seed {seed}, {source}: measurements {rows.Count}, deficits found {found.Count}, planted and measurable {measurablePlanted.Count}, precision {precision:0.000}, recall {recall:0.000}"));
                Assert.True(measurablePlanted.Count >= 20, $"{source}: too few planted deficits to judge ({measurablePlanted.Count})");
                Assert.True(precision >= 0.8, $"{source}: precision {precision:0.000}");
                Assert.True(recall >= 0.8, $"{source}: recall {recall:0.000}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static List<Planted> ReadTruth(string path)
    {
        var table = Demo.CsvTable.Read(path);
        int teacher = table.Column("teacher"), source = table.Column("source"), code = table.Column("code"),
            from = table.Column("from_year"), to = table.Column("to_year");
        return [.. table.Rows.Select(r => new Planted(r[teacher],
            r[source] == "diagnostic" ? MeasurementSource.Diagnostic : MeasurementSource.Results, r[code],
            int.Parse(r[from], CultureInfo.InvariantCulture),
            r[to].Length == 0 ? null : int.Parse(r[to], CultureInfo.InvariantCulture)))];
    }
}
