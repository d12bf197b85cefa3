using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Import.Adapters;
using Orientir.Data.Import.Adapters.FisOko;
using Orientir.Data.Results.Subjects;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.Adapters.FisOko;

public class FisOkoReadingTests
{
    [Fact]
    public void Names_and_sex_are_not_even_written_to_the_draft()
    {
        using var workbook = new FisOkoWorkbook();
        var path = workbook.Write();
        var folder = Directory.CreateTempSubdirectory("orientir-fisoko-draft-").FullName;
        try
        {
            var file = new ExportFile(path, "results.xlsx");
            ExportContext context;
            using (var draft = new PackageDraft(folder))
            {
                context = new ExportContext(file, draft,
                    new SubjectNames(new Dictionary<string, string> { [SubjectSynonym.Normalize("Русский язык")] = "RU" }),
                    Array.Empty<Municipality>(), [], new Dictionary<string, KnownProcedure>());
                var adapter = new FisOkoResultsAdapter();
                Assert.True(adapter.Recognizes(file));
                adapter.Translate(file, context, CancellationToken.None);
            }

            Assert.False(context.HasErrors, string.Join("\n", context.Errors));
            var drafted = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            Assert.Contains(drafted, text => text.Contains("100001", StringComparison.Ordinal));
            Assert.DoesNotContain(drafted, text => text.Contains("Иванова", StringComparison.Ordinal)
                                                  || text.Contains(";Ж;", StringComparison.Ordinal) || text.Contains(";М;", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Municipality_names_without_a_code_column_match_the_registry_or_get_a_stable_code(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportRegistryAsync(database, "municipalities.csv", "code;name\nM01;Шпаковский  муниципальный округ\n");
        using var workbook = new FisOkoWorkbook();
        workbook.RemoveColumn("Код МСУ");
        workbook.Set(FisOkoWorkbook.FirstRow, "Муниципалитет", "шпаковский муниципальный ОКРУГ");

        ImportAssertions.Succeeded(await new ExportImporter(database.ConnectionString).ImportPathAsync(workbook.Write(), "tester"));

        await using var context = database.CreateContext();
        var schools = await context.Schools.Include(s => s.Municipality).ToDictionaryAsync(s => s.Code, s => s.Municipality!);
        Assert.Equal("M01", schools["edu0101"].Code);
        Assert.Equal("M01", schools["edu0102"].Code);
        Assert.Equal("Город Ставрополь", schools["edu0201"].Name);
        Assert.Matches("^M-[0-9a-f]{8}$", schools["edu0201"].Code);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_municipality_column_holding_codes_is_read_as_codes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportRegistryAsync(database, "municipalities.csv", "code;name\nM01;Шпаковский муниципальный округ\n");
        using var workbook = new FisOkoWorkbook();
        workbook.RemoveColumn("Код МСУ");
        foreach (var row in workbook.Rows)
            row[workbook.ColumnOf("Муниципалитет")] = (string)row[workbook.ColumnOf("ОО")]! == "edu0201" ? "M02" : "M01";

        ImportAssertions.Succeeded(await new ExportImporter(database.ConnectionString).ImportPathAsync(workbook.Write(), "tester"));

        await using var context = database.CreateContext();
        var municipalities = await context.Municipalities.OrderBy(m => m.Code).Select(m => m.Code + " " + m.Name).ToListAsync();
        Assert.Equal(["M01 Шпаковский муниципальный округ", "M02 M02"], municipalities);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Marks_that_do_not_follow_the_primary_score_leave_the_scale_empty_and_are_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var workbook = new FisOkoWorkbook();
        workbook.Set(FisOkoWorkbook.FirstRow, "отметка", 4);

        var outcome = await new ExportImporter(database.ConnectionString).ImportPathAsync(workbook.Write(), "tester");

        ImportAssertions.Succeeded(outcome);
        Assert.Contains(outcome.Warnings, w => w.Code == ImportCodes.FisOkoMarksWithoutScale && w.Line == FisOkoWorkbook.HeaderRow);
        await using var context = database.CreateContext();
        Assert.Null((await context.Procedures.SingleAsync()).Thresholds);
        var marks = await context.Works.OrderBy(w => w.Participant).Select(w => w.Mark).ToListAsync();
        Assert.Equal((byte?)4, marks[0]);
        Assert.Equal((byte?)5, marks[1]);
    }

    [Theory]
    [InlineData("M01", true)]
    [InlineData("26-01", true)]
    [InlineData("Ставрополь", false)]
    [InlineData("Город Ставрополь", false)]
    [InlineData("Шпаковский муниципальный округ", false)]
    public void A_municipality_cell_is_a_code_when_it_is_one_word_with_a_digit(string cell, bool isCode) =>
        Assert.Equal(isCode, FisOkoResultsAdapter.LooksLikeCode(cell));

    private static async Task ImportRegistryAsync(TestDatabase database, string file, string text)
    {
        var folder = Directory.CreateTempSubdirectory("orientir-fisoko-registry-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file), text);
            ImportAssertions.Succeeded(await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(folder, "tester"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
