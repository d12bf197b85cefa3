using Orientir.Data.Database;
using Orientir.Data.Import;

namespace Orientir.Data.Tests.Import.SchoolResults;

public class SchoolResultsErrorTests(RejectionDatabases databases) : IClassFixture<RejectionDatabases>
{
    private const string File = SchoolResultsPackage.File;

    private static BrokenPackage Case(string name, Action<TestPackage> breakIt, int line, string column, string code) =>
        new(name, p => breakIt((TestPackage)p), File, line, column, code);

    public static IEnumerable<BrokenPackage> Cases =>
    [
        Case("participants column missing", p => p.RemoveColumn(File, "participants"), 1, "participants", ImportCodes.MissingColumn),
        Case("participants empty", p => p.Set(File, 2, "participants", ""), 2, "participants", ImportCodes.MissingValue),
        Case("participants not a number", p => p.Set(File, 2, "participants", "много"), 2, "participants", ImportCodes.BadNumber),
        Case("negative participants", p => p.Set(File, 3, "participants", "-1"), 3, "participants", ImportCodes.NegativeParticipants),
        Case("unknown procedure", p => p.Set(File, 3, "procedure_code", "EGE-2023-XX-11"), 3, "procedure_code", ImportCodes.UnknownProcedure),
        Case("unknown school", p => p.Set(File, 4, "school_code", "edu9999"), 4, "school_code", ImportCodes.UnknownSchool),
        Case("same school twice in a procedure", p => p.Set(File, 3, "school_code", "edu0101"), 3, "school_code", ImportCodes.DuplicateSchoolResult),
        Case("share above 100", p => p.Set(File, 4, "mark5_share", "120"), 4, "mark5_share", ImportCodes.ShareOutOfRange),
        Case("shares not adding up to 100", p => p.Set(File, 4, "mark2_share", "10"), 4, "mark2_share", ImportCodes.SharesNotAddingUp),
        Case("below the minimum above the participants", p => p.Set(File, 2, "below_min", "31"), 2, "below_min", ImportCodes.CountAboveParticipants),
        Case("100 points above the participants", p => p.Set(File, 3, "score_100", "13"), 3, "score_100", ImportCodes.CountAboveParticipants),
        Case("80-99 and 100 together above the participants",
            p => p.Set(File, 3, "score_80_99", "10").Set(File, 3, "score_100", "3"), 3, "score_100", ImportCodes.CountAboveParticipants),
        Case("ЕГЭ mean above 100 test points", p => p.Set(File, 2, "mean_score", "101"), 2, "mean_score", ImportCodes.MeanOutOfRange),
        Case("mean above the procedure's maximum", p => p.Set(File, 4, "mean_score", "21"), 4, "mean_score", ImportCodes.MeanOutOfRange),
        Case("mean mark above 5", p => p.Set(File, 4, "mean_mark", "5,5"), 4, "mean_mark", ImportCodes.MeanOutOfRange),
        Case("mean mark below 2", p => p.Set(File, 2, "mean_mark", "1"), 2, "mean_mark", ImportCodes.MeanOutOfRange),
    ];

    public static TheoryData<BrokenPackage, DatabaseProvider> CasesOnAllDatabases()
    {
        var data = new TheoryData<BrokenPackage, DatabaseProvider>();
        foreach (var broken in Cases)
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
                data.Add(broken, provider);
        return data;
    }

    [Theory, MemberData(nameof(CasesOnAllDatabases))]
    public async Task Rejects_a_broken_school_results_file_at_its_line_and_column_and_stores_nothing(BrokenPackage broken,
        DatabaseProvider provider)
    {
        var database = await databases.GetAsync(provider);
        using var package = SchoolResultsPackage.Create();
        broken.Break(package);

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.HasError(outcome, broken.File, broken.Line, broken.Column, broken.Code);
        Assert.All(outcome.Files, f => Assert.Equal(FileImportStatus.Rejected, f.Status));
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
        Assert.Equal(0, await SchoolResultsPackage.AggregatesAsync(database));
    }
}
