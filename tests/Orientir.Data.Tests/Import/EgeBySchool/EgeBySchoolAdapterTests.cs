using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.EgeBySchool;

public class EgeBySchoolAdapterTests(ImportedWorkbooks workbooks, RejectionDatabases empty)
    : IClassFixture<ImportedWorkbooks>, IClassFixture<RejectionDatabases>
{
    private const string ChemistryTop = "Химия: получили 100 баллов";

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Imports_every_school_and_subject_of_both_regions_as_the_tidy_csv_has_them(DatabaseProvider provider)
    {
        var imported = await workbooks.GetAsync(provider);
        ImportAssertions.Succeeded(imported.Jao);
        ImportAssertions.Succeeded(imported.Zabaykalsky);
        var tidy = TidyResults.SchoolRows(TidyResults.Jao).Concat(TidyResults.SchoolRows(TidyResults.Zabaykalsky)).ToList();

        var stored = (await ImportedWorkbooks.AggregatesAsync(imported.Database)).ToDictionary(a => a.Key);

        Assert.Equal(5334, tidy.Count);
        Assert.Equal(tidy.Count, stored.Count);
        await using (var context = imported.Database.CreateContext())
        {
            Assert.Equal(tidy.Select(r => (r.Key.Item3, r.Key.Item4)).Distinct().Count(), await context.Schools.CountAsync());
            Assert.Equal(0, await context.Tasks.CountAsync());
        }
        foreach (var row in tidy)
        {
            Assert.True(stored.TryGetValue(row.Key, out var aggregate), $"not stored: {row}");
            Assert.Equal(("Ege", 11, row.Subject == "MB" ? 5 : 100), (aggregate.Kind, aggregate.Grade, aggregate.MaxScore));
            var a = aggregate.Values;
            Assert.Equal(row.Participants, a.Participants);
            Assert.Equal(row.BelowMinimum, a.BelowMinimum);
            // An impossible count is stored as unknown; two that only together exceed the participants both are.
            int p = row.Participants, high = row.Score80To99, top = row.Score100;
            Assert.Equal(high <= p && (top > p || high + top <= p) ? high : null, a.Score80To99);
            Assert.Equal(top <= p && (high > p || high + top <= p) ? top : null, a.Score100);
            AssertClose(row.Subject == "MB" ? null : row.Mean, a.MeanScore);
            AssertClose(row.Subject == "MB" ? row.Mean : null, a.MeanMark);
        }
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Reports_the_Zabaykalsky_2023_chemistry_100_point_scores_above_participants_at_their_rows_and_stores_them_as_unknown(
        DatabaseProvider provider)
    {
        var imported = await workbooks.GetAsync(provider);
        var tidy = TidyResults.SchoolRows(TidyResults.Zabaykalsky)
            .Where(r => r is { Year: 2023, Subject: "CH" } && r.Score100 > r.Participants).ToList();

        var warnings = imported.Zabaykalsky.Warnings
            .Where(w => w.Code == ImportCodes.EgeFormValueDropped && w.Column.Contains(ChemistryTop, StringComparison.Ordinal)).ToList();

        Assert.Equal(117, tidy.Count);
        Assert.Equal(tidy.Count, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((RealWorkbooks.Zabaykalsky, "2023"), (w.File, w.Sheet)));
        Assert.All(warnings, w => Assert.StartsWith("W (", w.Column, StringComparison.Ordinal));
        Assert.Equal(warnings.Count, warnings.Select(w => w.Line).Distinct().Count());
        Assert.DoesNotContain(imported.Jao.Warnings, w => w.Code == ImportCodes.EgeFormValueDropped);
        var stored = (await ImportedWorkbooks.AggregatesAsync(imported.Database)).ToDictionary(a => a.Key);
        Assert.All(tidy, r => Assert.Null(stored[r.Key].Values.Score100));
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Stores_the_basic_mathematics_mean_as_a_mean_mark_with_a_warning_on_each_sheet(DatabaseProvider provider)
    {
        var imported = await workbooks.GetAsync(provider);

        var warnings = imported.Zabaykalsky.Warnings.Where(w => w.Code == ImportCodes.EgeFormMeanMark).ToList();

        Assert.Equal("2022, 2023", string.Join(", ", warnings.Select(w => w.Sheet).Order()));
        Assert.All(warnings, w => Assert.Contains("Математика базовая: средний балл", w.Column, StringComparison.Ordinal));
        var basic = (await ImportedWorkbooks.AggregatesAsync(imported.Database)).Where(a => a.Subject == "MB").ToList();
        Assert.NotEmpty(basic);
        Assert.All(basic, a => Assert.Null(a.Values.MeanScore));
        Assert.All(basic, a => Assert.InRange(a.Values.MeanMark!.Value, 2, 5));
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Skips_the_2024_registrations_sheet_with_a_warning_naming_it(DatabaseProvider provider)
    {
        var imported = await workbooks.GetAsync(provider);

        foreach (var outcome in new[] { imported.Jao, imported.Zabaykalsky })
        {
            var skipped = Assert.Single(outcome.Warnings, w => w.Code == ImportCodes.EgeFormSheetSkipped);
            Assert.Equal("2024", skipped.Sheet);
            Assert.Contains("заявлени", skipped.Message, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(await ImportedWorkbooks.AggregatesAsync(imported.Database), a => a.Year == 2024);
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Warns_where_a_subjects_participants_exceed_the_schools_graduates(DatabaseProvider provider)
    {
        var imported = await workbooks.GetAsync(provider);

        var warnings = imported.Zabaykalsky.Warnings.Where(w => w.Code == ImportCodes.EgeFormAboveGraduates).ToList();

        // The tidy CSV has 22 such school rows, all in the 2022 sheet (e.g. 61 in Russian of a school with 60 graduates).
        Assert.Equal(22, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("2022", w.Sheet));
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Reimporting_a_workbook_changes_nothing(DatabaseProvider provider)
    {
        var imported = await workbooks.GetAsync(provider);
        var before = await TableCounts.OfAsync(imported.Database);

        var again = await new ExportImporter(imported.Database.ConnectionString)
            .ImportPathAsync(RealWorkbooks.PathOf(RealWorkbooks.Zabaykalsky), "analyst");

        ImportAssertions.Succeeded(again);
        Assert.True(again.ChangedNothing);
        Assert.Equal(before, await TableCounts.OfAsync(imported.Database));
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Drops_counts_that_only_together_exceed_the_participants_and_a_mean_without_participants_with_warnings(
        DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("orientir-ege-").FullName;
        // Sheet «2023», row 12: «Гимназия № 1», 97 in Russian with 38 at 80–99 — now also 60 at 100; row 14: «СОШ № 6»,
        // nobody in history — now with a mean of 50.
        var copy = RealWorkbooks.CopyWithCells(RealWorkbooks.Jao, folder, "sheet2.xml", ("H12", "60"), ("X14", "50"));

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(copy, "analyst");

        ImportAssertions.Succeeded(outcome);
        Assert.Contains(outcome.Warnings, w => (w.Sheet, w.Line, w.Column, w.Code)
            == ("2023", 12, "H (Русский язык: получили 100 баллов)", ImportCodes.EgeFormValueDropped));
        Assert.Contains(outcome.Warnings, w => (w.Sheet, w.Line, w.Column, w.Code)
            == ("2023", 14, "X (История: средний балл)", ImportCodes.EgeFormMeanWithoutParticipants));
        var stored = await ImportedWorkbooks.AggregatesAsync(database);
        var russian = Assert.Single(stored, a => a is { Year: 2023, Subject: "RU", School: "МБОУ \"Гимназия № 1\"" });
        Assert.Equal((97, (int?)null, (int?)null), (russian.Values.Participants, russian.Values.Score80To99, russian.Values.Score100));
        Assert.DoesNotContain(stored, a => a is { Year: 2023, Subject: "HI", School: "МБОУ \"СОШ № 6\"" });
        Assert.Equal(TidyResults.SchoolRows(TidyResults.Jao).Count, stored.Count);
        Directory.Delete(folder, recursive: true);
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Warns_when_a_municipalitys_schools_do_not_add_up_to_its_subtotal(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("orientir-ege-").FullName;
        // Sheet «2023», row 11: the subtotal of «город Биробиджан», 447 in Russian, which its schools add up to.
        var copy = RealWorkbooks.CopyWithCell(RealWorkbooks.Jao, folder, "sheet2.xml", "E11", "448");

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(copy, "analyst");

        ImportAssertions.Succeeded(outcome);
        var warning = Assert.Single(outcome.Warnings, w => w.Code == ImportCodes.EgeFormSubtotalMismatch);
        Assert.Equal(("2023", 11, "E (Русский язык: приняло участие)"), (warning.Sheet, warning.Line, warning.Column));
        Assert.Contains("447", warning.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Rejects_a_copy_with_a_renamed_measure_heading_at_its_sheet_row_and_column_and_stores_nothing(DatabaseProvider provider)
    {
        var database = await empty.GetAsync(provider);
        var folder = Directory.CreateTempSubdirectory("orientir-ege-").FullName;
        // sheet2.xml is the sheet «2023»; H8 heads the 100-point column of Russian.
        var copy = RealWorkbooks.CopyWithCell(RealWorkbooks.Jao, folder, "sheet2.xml", "H8", "получили сто баллов");

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(copy, "analyst");

        AssertRejected(outcome, "2023", 8, "H (получили сто баллов)", ImportCodes.EgeFormLayout);
        await AssertEmptyAsync(database);
        Directory.Delete(folder, recursive: true);
    }

    [RealWorkbookTheory, ClassData(typeof(AllDatabases))]
    public async Task Rejects_a_subject_name_the_synonym_table_does_not_know_naming_its_cell(DatabaseProvider provider)
    {
        var database = await empty.GetAsync(provider);
        var folder = Directory.CreateTempSubdirectory("orientir-ege-").FullName;
        var copy = RealWorkbooks.CopyWithCell(RealWorkbooks.Jao, folder, "sheet3.xml", "AN7", "Химия органическая, чел.");

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(copy, "analyst");

        AssertRejected(outcome, "2022", 7, "AN (Химия органическая, чел.)", ImportCodes.EgeFormUnknownSubject);
        Assert.Contains("синоним", outcome.Errors[0].Message, StringComparison.Ordinal);
        await AssertEmptyAsync(database);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The tidy CSV writes the means with a few digits less than the workbook keeps.</summary>
    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is { } e) Assert.Equal(e, actual!.Value, 1e-9);
    }

    private static void AssertRejected(ImportOutcome outcome, string sheet, int row, string column, string code)
    {
        Assert.False(outcome.Succeeded);
        Assert.True(outcome.Errors.Any(e => (e.File, e.Sheet, e.Line, e.Column, e.Code) == (RealWorkbooks.Jao, sheet, row, column, code)),
            $"Expected [{sheet}]:{row}: {column} [{code}], got:\n" + string.Join("\n", outcome.Errors));
    }

    private static async Task AssertEmptyAsync(TestDatabase database)
    {
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.SchoolResultAggregates.CountAsync());
    }
}
