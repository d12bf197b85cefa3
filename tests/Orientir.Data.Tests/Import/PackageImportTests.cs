using System.Text;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import;

public class PackageImportTests
{
    static PackageImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Imports_a_whole_package_with_every_record_and_its_provenance(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Empty(outcome.Warnings);
        Assert.All(outcome.Files, f => Assert.Equal(FileImportStatus.Imported, f.Status));
        Assert.Equal(TestPackage.RuWorks + TestPackage.MaWorks, outcome.WorksImported);
        Assert.Equal(new TableCounts(2, 4, 2, 8, 30, 6, 1), await TableCounts.OfAsync(database));
        await AssertStandardContentAsync(database);

        await using var context = database.CreateContext();
        var batch = await context.ImportBatches.SingleAsync(b => b.FileName == TestPackage.RuResults);
        Assert.Equal(TestPackage.RuWorks, batch.Rows);
        Assert.Equal("analyst", batch.UserName);
        Assert.Equal(64, batch.Sha256.Trim().Length);
        var ru = await context.Procedures.SingleAsync(p => p.Code == TestPackage.Ru);
        Assert.All(await context.Works.Where(w => w.ProcedureId == ru.Id).ToListAsync(), w => Assert.Equal(batch.Id, w.ImportBatchId));
        var schoolsBatch = await context.ImportBatches.SingleAsync(b => b.FileName == "schools.csv");
        Assert.All(await context.Schools.ToListAsync(), s => Assert.Equal(schoolsBatch.Id, s.ImportBatchId));
        var audit = await context.Audit.SingleAsync();
        Assert.Equal("import.package", audit.Action);
        Assert.Equal("analyst", audit.UserName);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reads_a_Windows_1251_package_with_comma_separators(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        package.Encoding = Encoding.GetEncoding(1251);
        package.Separator = ',';

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        await AssertStandardContentAsync(database);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reads_UTF8_with_a_byte_order_mark_and_headers_in_any_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        package.Bom = true;
        package.RenameColumn("schools.csv", "name", " Name ").RenameColumn("schools.csv", "code", "CODE");

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        await AssertStandardContentAsync(database);
    }

    private static async Task AssertStandardContentAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        Assert.Equal("Шпаковский муниципальный округ", (await context.Municipalities.SingleAsync(m => m.Code == "M01")).Name);

        var schools = await context.Schools.Include(s => s.Municipality).ToDictionaryAsync(s => s.Code);
        Assert.Equal("МБОУ «Гимназия № 2»", schools["edu0102"].Name);
        Assert.Equal("M02", schools["edu0201"].Municipality!.Code);
        Assert.Equal(
            [SchoolType.General, SchoolType.Gymnasium, SchoolType.Lyceum, SchoolType.Advanced],
            new[] { "edu0101", "edu0102", "edu0201", "edu0202" }.Select(c => schools[c].Type));
        Assert.Equal([Locality.Rural, Locality.Urban, Locality.Urban, Locality.Rural],
            new[] { "edu0101", "edu0102", "edu0201", "edu0202" }.Select(c => schools[c].Locality));
        Assert.Equal(new SocialPassport(12.5, 20, 3.2, 15, 1, 2.5, 0.4), schools["edu0101"].Passport);
        Assert.Null(schools["edu0102"].Passport.NonNativeRussian);
        Assert.Equal(35.5, schools["edu0201"].Passport.BothParentsHigherEducation);
        Assert.Null(schools["edu0201"].Students);
        Assert.Equal(420, schools["edu0101"].Students);

        var procedures = await context.Procedures.Include(p => p.Tasks).ToDictionaryAsync(p => p.Code);
        var ru = procedures[TestPackage.Ru];
        Assert.Equal(new MarkThresholds(4, 6, 8), ru.Thresholds);
        Assert.Equal(ProcedureKind.Vpr, procedures[TestPackage.Ma].Kind);
        Assert.Equal(10, ru.MaxScore);
        var tasks = ru.Tasks.OrderBy(t => t.Number).ToList();
        Assert.Equal(["1", "2", "3.1", "3.2"], tasks.Select(t => t.Label));
        Assert.Equal([TaskLevel.Basic, TaskLevel.Basic, TaskLevel.Advanced, TaskLevel.High], tasks.Select(t => t.Level));
        Assert.Equal(["1.1", "1.2"], tasks[0].Skills);
        Assert.Equal(
            [TaskLevel.Basic, TaskLevel.Basic, TaskLevel.Advanced, TaskLevel.High],
            procedures[TestPackage.Ma].Tasks.OrderBy(t => t.Number).Select(t => t.Level));

        var works = await context.Works.Where(w => w.ProcedureId == ru.Id).ToDictionaryAsync(w => w.Participant);
        Assert.Equal(TestPackage.RuWorks, works.Count);
        for (var i = 0; i < TestPackage.RuWorks; i++)
        {
            var work = works[$"RU-{i:000}"];
            var expected = TestPackage.ExpectedScores(TestPackage.Ru, i);
            Assert.Equal(expected, work.Scores);
            var sum = expected.Sum(s => s == StudentWork.NotDone ? 0 : s);
            Assert.Equal(sum, work.PrimaryScore);
            Assert.Equal((byte)new MarkThresholds(4, 6, 8).MarkFor(sum), work.Mark);
        }
        // Work 3 has its first task not done as "X", work 7 its second as Cyrillic "Х", 11 "-", 15 an empty cell.
        Assert.Equal(StudentWork.NotDone, works["RU-003"].Scores[0]);
        Assert.Equal(StudentWork.NotDone, works["RU-007"].Scores[1]);
        Assert.Equal(StudentWork.NotDone, works["RU-011"].Scores[2]);
        Assert.Equal(StudentWork.NotDone, works["RU-015"].Scores[3]);
        Assert.Equal("4Б", works["RU-001"].ClassLabel);
        Assert.Equal((byte)3, works["RU-001"].JournalMark);
        Assert.Equal("S001", works["RU-001"].Student);
        Assert.Equal(schools["edu0102"].Id, works["RU-001"].SchoolId);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Importing_the_same_package_again_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));
        var before = await TableCounts.OfAsync(database);

        var again = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        Assert.True(again.ChangedNothing);
        Assert.All(again.Files, f => Assert.Equal(FileImportStatus.Unchanged, f.Status));
        Assert.Equal(before, await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_package_with_one_bad_row_leaves_the_database_exactly_as_it_was(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));
        var before = await TableCounts.OfAsync(database);

        package.Set("municipalities.csv", 2, "name", "Новое имя");
        package.Set("schools.csv", 2, "name", "Новое имя школы");
        package.Files[TestPackage.RuResults].RemoveAt(5);
        package.Set(TestPackage.MaResults, 9, "2", "7");
        var outcome = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.HasError(outcome, TestPackage.MaResults, 9, "2", ImportCodes.ScoreAboveMax);
        Assert.Single(outcome.Errors);
        Assert.Contains(outcome.Files, f => f is { File: "schools.csv", Status: FileImportStatus.Rejected });
        Assert.Equal(before, await TableCounts.OfAsync(database));
        await using var context = database.CreateContext();
        Assert.Equal("Шпаковский муниципальный округ", (await context.Municipalities.SingleAsync(m => m.Code == "M01")).Name);
        Assert.Equal("МБОУ СОШ № 1", (await context.Schools.SingleAsync(s => s.Code == "edu0101")).Name);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_bad_package_stores_nothing_in_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        package.Set(TestPackage.RuResults, 17, "school_code", "edu9999");

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.HasError(outcome, TestPackage.RuResults, 17, "school_code", ImportCodes.UnknownSchool);
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_results_only_package_adds_to_schools_and_procedures_already_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new PackageImporter(database.ConnectionString);
        using (var first = TestPackage.Standard()) ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(first.Write(), "analyst"));

        // Only the mathematics results, fewer of them: the file replaces that procedure's works, nothing else.
        using var increment = TestPackage.Standard();
        foreach (var name in increment.Files.Keys.Where(n => n != TestPackage.MaResults).ToList()) increment.Files.Remove(name);
        increment.Files[TestPackage.MaResults].RemoveRange(5, 6);
        var outcome = await importer.ImportDirectoryAsync(increment.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        var file = Assert.Single(outcome.Files);
        Assert.Equal(new FileImportOutcome(TestPackage.MaResults, FileImportStatus.Imported, TestPackage.MaWorks - 6), file);
        await using var context = database.CreateContext();
        var ma = await context.Procedures.SingleAsync(p => p.Code == TestPackage.Ma);
        Assert.Equal(TestPackage.MaWorks - 6, await context.Works.CountAsync(w => w.ProcedureId == ma.Id));
        Assert.Equal(TestPackage.RuWorks + TestPackage.MaWorks - 6, await context.Works.CountAsync());
        Assert.Equal(7, await context.ImportBatches.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_procedure_alone_refers_to_schools_already_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new PackageImporter(database.ConnectionString);
        using (var first = TestPackage.Standard()) ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(first.Write(), "analyst"));

        using var next = new TestPackage();
        next.Files["procedures.csv"] = [["code", "kind", "subject", "grade", "year", "max_score", "mark_thresholds"], ["OGE-2025-MA-9", "OGE", "MA", "9", "2025", "3", ""]];
        next.Files["tasks.csv"] = [["procedure_code", "task", "max_score", "level"], ["OGE-2025-MA-9", "1", "1", "B"], ["OGE-2025-MA-9", "2", "2", "P"]];
        next.Files["results/OGE-2025-MA-9.csv"] =
            [["school_code", "participant", "1", "2", "mark"], ["edu0101", "p1", "1", "2", "5"], ["edu0202", "p2", "0", "X", ""]];
        var outcome = await importer.ImportDirectoryAsync(next.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        await using var context = database.CreateContext();
        Assert.Equal(3, await context.Procedures.CountAsync());
        var oge = await context.Procedures.SingleAsync(p => p.Code == "OGE-2025-MA-9");
        Assert.Null(oge.Thresholds);
        var works = await context.Works.Where(w => w.ProcedureId == oge.Id).OrderBy(w => w.Participant).ToListAsync();
        Assert.Equal([(byte?)5, null], works.Select(w => w.Mark));
        Assert.Equal(new byte[] { 1, 2 }, works[0].Scores);
        Assert.Equal(new byte[] { 0, StudentWork.NotDone }, works[1].Scores);
        Assert.Equal(0, works[1].PrimaryScore);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Changed_registry_rows_are_updated_by_code_and_keep_other_records(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new PackageImporter(database.ConnectionString);
        using var package = TestPackage.Standard();
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));

        package.Set("schools.csv", 3, "name", "МБОУ Гимназия № 2 имени А. С. Пушкина").Set("schools.csv", 3, "municipality_code", "M02");
        var outcome = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Equal(FileImportStatus.Imported, outcome.Files.Single(f => f.File == "schools.csv").Status);
        Assert.All(outcome.Files.Where(f => f.File != "schools.csv"), f => Assert.Equal(FileImportStatus.Unchanged, f.Status));
        await using var context = database.CreateContext();
        var school = await context.Schools.Include(s => s.Municipality).SingleAsync(s => s.Code == "edu0102");
        Assert.Equal("МБОУ Гимназия № 2 имени А. С. Пушкина", school.Name);
        Assert.Equal("M02", school.Municipality!.Code);
        var latest = await context.ImportBatches.Where(b => b.FileName == "schools.csv").MaxAsync(b => b.Id);
        Assert.Equal(latest, school.ImportBatchId);
        Assert.NotEqual(latest, (await context.Schools.SingleAsync(s => s.Code == "edu0101")).ImportBatchId);
        Assert.Equal(30, await context.Works.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Refuses_to_change_the_tasks_of_a_procedure_with_works_unless_its_results_come_too(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new PackageImporter(database.ConnectionString);
        using (var first = TestPackage.Standard()) ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(first.Write(), "analyst"));

        using var tasksOnly = TestPackage.Standard();
        tasksOnly.Set("tasks.csv", 4, "task", "3").Set("tasks.csv", 5, "task", "4");
        foreach (var name in new[] { "municipalities.csv", "schools.csv", "procedures.csv", TestPackage.RuResults, TestPackage.MaResults })
            tasksOnly.Files.Remove(name);
        var refused = await importer.ImportDirectoryAsync(tasksOnly.Write(), "analyst");
        ImportAssertions.HasError(refused, "tasks.csv", 2, "procedure_code", ImportCodes.DesignChangeWithWorks);

        // With the results file renamed to the new labels, tasks and works are replaced together.
        using var withResults = TestPackage.Standard();
        withResults.Set("tasks.csv", 4, "task", "3").Set("tasks.csv", 5, "task", "4");
        withResults.RenameColumn(TestPackage.RuResults, "3.1", "3").RenameColumn(TestPackage.RuResults, "3.2", "4");
        var accepted = await importer.ImportDirectoryAsync(withResults.Write(), "analyst");

        ImportAssertions.Succeeded(accepted);
        await using var context = database.CreateContext();
        var ru = await context.Procedures.Include(p => p.Tasks).SingleAsync(p => p.Code == TestPackage.Ru);
        Assert.Equal(["1", "2", "3", "4"], ru.Tasks.OrderBy(t => t.Number).Select(t => t.Label));
        Assert.Equal(TestPackage.RuWorks, await context.Works.CountAsync(w => w.ProcedureId == ru.Id));
        Assert.Equal(8, await context.Tasks.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_mark_scale_recomputes_the_marks_of_stored_works(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new PackageImporter(database.ConnectionString);
        using (var first = TestPackage.Standard()) ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(first.Write(), "analyst"));

        using var scale = TestPackage.Standard();
        scale.Set("procedures.csv", 2, "mark_thresholds", "3:1;4:2;5:3");
        foreach (var name in scale.Files.Keys.Where(n => n != "procedures.csv").ToList()) scale.Files.Remove(name);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(scale.Write(), "analyst"));

        await using var context = database.CreateContext();
        var ru = await context.Procedures.SingleAsync(p => p.Code == TestPackage.Ru);
        Assert.Equal(new MarkThresholds(1, 2, 3), ru.Thresholds);
        foreach (var work in await context.Works.Where(w => w.ProcedureId == ru.Id).ToListAsync())
            Assert.Equal((byte)new MarkThresholds(1, 2, 3).MarkFor(work.PrimaryScore), work.Mark);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Ignores_unknown_files_and_columns_with_warnings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        package.Files["truth.csv"] = [["school_code", "effect"], ["edu0101", "0,5"]];
        package.AddColumn("schools.csv", "director", "Иванов");
        package.AddColumn(TestPackage.RuResults, "comment", "");

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Contains(outcome.Warnings, w => w is { File: "truth.csv", Code: ImportCodes.UnknownFile });
        Assert.Contains(outcome.Warnings, w => w is { File: "schools.csv", Line: 1, Column: "director", Code: ImportCodes.UnknownColumn });
        Assert.Contains(outcome.Warnings, w => w is { File: TestPackage.RuResults, Column: "comment", Code: ImportCodes.UnknownColumn });
        Assert.DoesNotContain(outcome.Files, f => f.File == "truth.csv");
        Assert.Equal(4, (await TableCounts.OfAsync(database)).Schools);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task New_levels_and_skills_of_tasks_keep_the_stored_works(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = new PackageImporter(database.ConnectionString);
        using var package = TestPackage.Standard();
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));

        package.Set("tasks.csv", 2, "level", "V").Set("tasks.csv", 2, "skills", "9.9");
        foreach (var name in package.Files.Keys.Where(n => n != "tasks.csv").ToList()) package.Files.Remove(name);
        var outcome = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        await using var context = database.CreateContext();
        var ru = await context.Procedures.Include(p => p.Tasks).SingleAsync(p => p.Code == TestPackage.Ru);
        var first = ru.Tasks.Single(t => t.Number == 0);
        Assert.Equal(TaskLevel.High, first.Level);
        Assert.Equal(["9.9"], first.Skills);
        Assert.Equal(30, await context.Works.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reports_progress_of_every_file_and_of_the_whole_package(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TestPackage.Standard();
        var reports = new List<ImportProgress>();

        ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString)
            .ImportDirectoryAsync(package.Write(), "analyst", new SynchronousProgress(reports.Add)));

        var files = reports.Select(r => (r.File, r.RowsDone, r.RowsTotal)).ToList();
        Assert.Contains(("schools.csv", 4L, (long?)null), files);
        Assert.Contains(("schools.csv", 4L, (long?)4), files);
        // A results file is checked and stored in one pass: its start promises the rows its lines count.
        Assert.Contains((TestPackage.RuResults, 0L, (long?)TestPackage.RuWorks), files);
        Assert.Contains((TestPackage.RuResults, (long)TestPackage.RuWorks, (long?)TestPackage.RuWorks), files);
        var last = reports[^1];
        Assert.Equal(last.PackageRowsTotal, last.PackageRowsDone);
        Assert.Equal(2 + 4 + 2 + 8 + TestPackage.RuWorks + TestPackage.MaWorks, last.PackageRowsTotal);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.Second.PackageRowsDone >= pair.First.PackageRowsDone));
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        private readonly Lock _lock = new();

        public void Report(ImportProgress value)
        {
            lock (_lock) report(value);
        }
    }
}
