using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Demo;
using Orientir.Data.Import;
using Orientir.Data.Tests.Import;
using Orientir.Domain.Staff;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Import;

public class TeacherImportTests
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Imports_teachers_their_classes_and_diagnostics_with_their_batches(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TeacherFilesPackage.Standard();

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Empty(outcome.Warnings);
        Assert.Equal(3, outcome.Files.Single(f => f.File == TeacherFilesPackage.Teachers).Rows);
        await using var context = database.CreateContext();
        var teachers = await context.Teachers.OrderBy(t => t.Code).ToListAsync();
        var schools = await context.Schools.ToDictionaryAsync(s => s.Id, s => s.Code);
        Assert.Equal(["T00000001", "T00000002", "T00000003"], teachers.Select(t => t.Code));
        Assert.Equal(("edu0101", "RU|MA", 12, TeacherCategory.First),
            (schools[teachers[0].SchoolId], teachers[0].Subjects, teachers[0].ExperienceYears, teachers[0].Category));
        Assert.Equal(("RU", 1, TeacherCategory.None), (teachers[1].Subjects, teachers[1].ExperienceYears, teachers[1].Category));
        Assert.Equal(TeacherCategory.Highest, teachers[2].Category);
        var batch = await context.ImportBatches.SingleAsync(b => b.FileName == TeacherFilesPackage.Teachers);
        Assert.All(teachers, t => Assert.Equal(batch.Id, t.ImportBatchId));

        var classes = await context.TeacherClasses.OrderBy(c => c.Year).ThenBy(c => c.Subject).ToListAsync();
        Assert.Equal(5, classes.Count);
        Assert.Equal(("4А", "RU", 2024, teachers[0].Id), (classes[0].ClassLabel, classes[0].Subject, classes[0].Year, classes[0].TeacherId));
        var diagnostics = await context.TeacherDiagnostics.ToListAsync();
        Assert.Equal(6, diagnostics.Count);
        Assert.Equal(4.5, diagnostics.Single(d => d.CompetenceCode == "ASSESS").Score);
        Assert.Equal(7, await context.Competences.CountAsync());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Imports_a_generated_package_with_its_teacher_files(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("orientir-teachers-").FullName;
        try
        {
            var summary = DemoPackageGenerator.Generate(folder, new DemoOptions(Seed: 3, Schools: 20, Years: [2024, 2025]));

            var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(folder, "analyst");

            ImportAssertions.Succeeded(outcome);
            Assert.Contains(outcome.Warnings, w => w is { File: "truth_teachers.csv", Code: ImportCodes.UnknownFile });
            await using var context = database.CreateContext();
            Assert.True(summary.Teachers > 40, $"{summary.Teachers} teachers");
            Assert.Equal(summary.Teachers, await context.Teachers.CountAsync());
            Assert.Equal(summary.TeacherClasses, await context.TeacherClasses.CountAsync());
            Assert.Equal(summary.TeacherDiagnostics, await context.TeacherDiagnostics.CountAsync());
            Assert.Equal(summary.Works, await context.Works.LongCountAsync());
            Assert.Equal(["DIAG-2024", "DIAG-2025"], await context.TeacherDiagnostics.Select(d => d.Procedure).Distinct().OrderBy(p => p).ToListAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Importing_the_same_teacher_files_again_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TeacherFilesPackage.Standard();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));
        var before = await TableCounts.OfAsync(database);

        var again = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        Assert.True(again.ChangedNothing);
        Assert.All(again.Files, f => Assert.Equal(FileImportStatus.Unchanged, f.Status));
        Assert.Equal(before, await TableCounts.OfAsync(database));
        await using var context = database.CreateContext();
        Assert.Equal((3, 5, 6), (await context.Teachers.CountAsync(), await context.TeacherClasses.CountAsync(), await context.TeacherDiagnostics.CountAsync()));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_file_replaces_the_links_of_its_years_and_the_scores_of_its_diagnostics_and_keeps_absent_teachers(
        DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TeacherFilesPackage.Standard();
        var importer = new PackageImporter(database.ConnectionString);
        ImportAssertions.Succeeded(await importer.ImportDirectoryAsync(package.Write(), "analyst"));

        package.Files[TeacherFilesPackage.Teachers] =
        [
            ["code", "school_code", "subjects", "experience_years", "category"],
            ["T00000001", "edu0202", "RU|MA", "13", "высшая"],
        ];
        package.Files[TeacherFilesPackage.Classes] =
        [
            ["teacher_code", "school_code", "class", "subject", "year"],
            ["T00000002", "edu0102", "4В", "RU", "2025"],
        ];
        package.Files[TeacherFilesPackage.Diagnostics] =
        [
            ["teacher_code", "procedure", "year", "competence", "score", "max_score"],
            ["T00000003", "DIAG-2025", "2025", "SUBJ", "6", "10"],
        ];
        var outcome = await importer.ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Equal(FileImportStatus.Unchanged, outcome.Files.Single(f => f.File == TestPackage.RuResults).Status);
        await using var context = database.CreateContext();
        var teachers = await context.Teachers.OrderBy(t => t.Code).ToListAsync();
        Assert.Equal(3, teachers.Count);
        var moved = await context.Schools.SingleAsync(s => s.Id == teachers[0].SchoolId);
        Assert.Equal(("edu0202", 13, TeacherCategory.Highest), (moved.Code, teachers[0].ExperienceYears, teachers[0].Category));
        var classes = await context.TeacherClasses.OrderBy(c => c.Year).ToListAsync();
        Assert.Equal([(2024, "4А", teachers[0].Id), (2025, "4В", teachers[1].Id)], classes.Select(c => (c.Year, c.ClassLabel, c.TeacherId)));
        var diagnostics = await context.TeacherDiagnostics.OrderBy(d => d.Procedure).ThenBy(d => d.CompetenceCode).ToListAsync();
        Assert.Equal([("DIAG-2024", "METH"), ("DIAG-2024", "SUBJ"), ("DIAG-2025", "SUBJ")], diagnostics.Select(d => (d.Procedure, d.CompetenceCode)));
        Assert.Equal(teachers[2].Id, diagnostics[2].TeacherId);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_unknown_competence_is_added_under_its_code_with_a_warning(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var package = TeacherFilesPackage.Standard();
        package.Set(TeacherFilesPackage.Diagnostics, 5, "competence", "LEAD");
        package.Set(TeacherFilesPackage.Diagnostics, 6, "competence", "LEAD");

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.Succeeded(outcome);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal((TeacherFilesPackage.Diagnostics, 5, "competence", ImportCodes.NewCompetence), (warning.File, warning.Line, warning.Column, warning.Code));
        await using var context = database.CreateContext();
        var added = await context.Competences.SingleAsync(c => c.Code == "LEAD");
        Assert.Equal("LEAD", added.Name);
        Assert.Equal(8, await context.Competences.CountAsync());
    }
}
