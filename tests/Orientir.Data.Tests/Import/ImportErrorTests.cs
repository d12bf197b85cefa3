using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import;

/// <summary>One empty database per provider for the whole class: a rejected package must leave it empty.</summary>
public sealed class RejectionDatabases : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, TestDatabase> _databases = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<TestDatabase> GetAsync(DatabaseProvider provider)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_databases.TryGetValue(provider, out var database))
                _databases[provider] = database = await TestDatabase.CreateAsync(provider);
            return database;
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases.Values) await database.DisposeAsync();
        _lock.Dispose();
    }
}

/// <summary>A way to break the standard package, and the error it must produce.</summary>
public sealed record BrokenPackage(string Name, Action<object> Break, string File, int Line, string Column, string Code)
{
    public override string ToString() => Name;
}

public class ImportErrorTests(RejectionDatabases databases) : IClassFixture<RejectionDatabases>
{
    private const string Ru = TestPackage.RuResults;
    private const string Ma = TestPackage.MaResults;

    private static BrokenPackage Case(string name, Action<TestPackage> breakIt, string file, int line, string column, string code) =>
        new(name, p => breakIt((TestPackage)p), file, line, column, code);

    public static IEnumerable<BrokenPackage> Cases =>
    [
        Case("missing required column", p => p.RemoveColumn("municipalities.csv", "name"), "municipalities.csv", 1, "name", ImportCodes.MissingColumn),
        Case("duplicate column", p => p.AddColumn("municipalities.csv", "Name", "x"), "municipalities.csv", 1, "Name", ImportCodes.DuplicateColumn),
        Case("empty file", p => p.Files["municipalities.csv"] = [], "municipalities.csv", 0, "", ImportCodes.EmptyFile),
        Case("missing required value", p => p.Set("schools.csv", 3, "name", ""), "schools.csv", 3, "name", ImportCodes.MissingValue),
        Case("missing task maximum", p => p.Set("tasks.csv", 2, "max_score", ""), "tasks.csv", 2, "max_score", ImportCodes.MissingValue),
        Case("duplicate school code", p => p.Set("schools.csv", 4, "code", "edu0101"), "schools.csv", 4, "code", ImportCodes.DuplicateCode),
        Case("duplicate task label", p => p.Set("tasks.csv", 3, "task", "1"), "tasks.csv", 3, "task", ImportCodes.DuplicateCode),
        Case("duplicate participant", p => p.Set(Ru, 5, "participant", "RU-000"), Ru, 5, "participant", ImportCodes.DuplicateParticipant),
        Case("bad number", p => p.Set("schools.csv", 2, "students", "много"), "schools.csv", 2, "students", ImportCodes.BadNumber),
        Case("negative students, header as written",
            p => p.RenameColumn("schools.csv", "students", " Students ").Set("schools.csv", 2, " Students ", "-5"),
            "schools.csv", 2, "Students", ImportCodes.NegativeStudents),
        Case("share above 100", p => p.Set("schools.csv", 2, "share_low_income", "120"), "schools.csv", 2, "share_low_income", ImportCodes.ShareOutOfRange),
        Case("negative share", p => p.Set("schools.csv", 3, "share_registered", "-0,5"), "schools.csv", 3, "share_registered", ImportCodes.ShareOutOfRange),
        Case("unknown school type", p => p.Set("schools.csv", 3, "type", "интернат"), "schools.csv", 3, "type", ImportCodes.UnknownValue),
        Case("unknown locality", p => p.Set("schools.csv", 3, "locality", "посёлок"), "schools.csv", 3, "locality", ImportCodes.UnknownValue),
        Case("unknown procedure kind", p => p.Set("procedures.csv", 2, "kind", "XYZ"), "procedures.csv", 2, "kind", ImportCodes.UnknownValue),
        Case("unknown task level", p => p.Set("tasks.csv", 3, "level", "Z"), "tasks.csv", 3, "level", ImportCodes.UnknownValue),
        Case("value too long", p => p.Set(Ru, 2, "class", "4А-очень-длинный-класс"), Ru, 2, "class", ImportCodes.ValueTooLong),
        Case("line numbers count line breaks inside quotes",
            p => p.Set("schools.csv", 2, "name", "МБОУ\nСОШ № 1").Set("schools.csv", 3, "type", "интернат"),
            "schools.csv", 4, "type", ImportCodes.UnknownValue),
        Case("lines counted after empty lines before the header",
            p => p.Set("procedures.csv", 3, "grade", "12").Files["procedures.csv"].InsertRange(0, [[""], [""]]),
            "procedures.csv", 5, "grade", ImportCodes.GradeOutOfRange),
        Case("unknown municipality", p => p.Set("schools.csv", 5, "municipality_code", "M99"), "schools.csv", 5, "municipality_code", ImportCodes.UnknownMunicipality),
        Case("unknown school", p => p.Set(Ma, 3, "school_code", "edu9999"), Ma, 3, "school_code", ImportCodes.UnknownSchool),
        Case("unknown procedure of a task", p => p.Set("tasks.csv", 6, "procedure_code", "VPR-2025-XX-4"), "tasks.csv", 6, "procedure_code", ImportCodes.UnknownProcedure),
        Case("unreadable mark thresholds", p => p.Set("procedures.csv", 2, "mark_thresholds", "3-4"), "procedures.csv", 2, "mark_thresholds", ImportCodes.BadThresholds),
        Case("mark thresholds not rising", p => p.Set("procedures.csv", 2, "mark_thresholds", "3:5;4:4;5:8"), "procedures.csv", 2, "mark_thresholds", ImportCodes.BadThresholds),
        Case("mark thresholds above the maximum", p => p.Set("procedures.csv", 2, "mark_thresholds", "3:4;4:6;5:11"), "procedures.csv", 2, "mark_thresholds", ImportCodes.BadThresholds),
        Case("grade above 11", p => p.Set("procedures.csv", 3, "grade", "12"), "procedures.csv", 3, "grade", ImportCodes.GradeOutOfRange),
        Case("procedure maximum not positive", p => p.Set("procedures.csv", 3, "max_score", "0"), "procedures.csv", 3, "max_score", ImportCodes.BadMaxScore),
        Case("minimum score above the maximum", p => p.Set("procedures.csv", 2, "min_score", "11"), "procedures.csv", 2, "min_score", ImportCodes.BadMinScore),
        Case("tasks' maxima not adding up", p => p.Set("tasks.csv", 2, "max_score", "3"), "procedures.csv", 2, "max_score", ImportCodes.TaskSumMismatch),
        Case("task maximum above 254", p => p.Set("tasks.csv", 9, "max_score", "255"), "tasks.csv", 9, "max_score", ImportCodes.TaskMaxOutOfRange),
        Case("task maximum zero", p => p.Set("tasks.csv", 6, "max_score", "0"), "tasks.csv", 6, "max_score", ImportCodes.TaskMaxOutOfRange),
        Case("task score above its maximum", p => p.Set(Ru, 2, "1", "5"), Ru, 2, "1", ImportCodes.ScoreAboveMax),
        Case("negative task score", p => p.Set(Ru, 3, "2", "-1"), Ru, 3, "2", ImportCodes.NegativeScore),
        Case("task score not a number", p => p.Set(Ru, 4, "3.1", "abc"), Ru, 4, "3.1", ImportCodes.BadScore),
        Case("results of an unknown procedure",
            p => p.Files["results/VPR-2030-XX-4.csv"] = [.. p.Files[Ru].Select(r => r.ToArray())],
            "results/VPR-2030-XX-4.csv", 0, "", ImportCodes.ResultsForUnknownProcedure),
        Case("task column missing", p => p.RemoveColumn(Ru, "3.2"), Ru, 1, "3.2", ImportCodes.MissingTaskColumn),
        Case("unknown task column", p => p.AddColumn(Ru, "5", "0"), Ru, 1, "5", ImportCodes.UnknownTaskColumn),
        Case("primary score not the sum", p => p.Set(Ru, 2, "primary_score", "7"), Ru, 2, "primary_score", ImportCodes.PrimaryScoreMismatch),
        Case("mark not the scale's", p => p.Set(Ru, 2, "mark", "5"), Ru, 2, "mark", ImportCodes.MarkMismatch),
        Case("journal mark above 5", p => p.Set(Ma, 4, "journal_mark", "6"), Ma, 4, "journal_mark", ImportCodes.MarkOutOfRange),
        Case("mark below 2", p => p.Set(Ma, 4, "mark", "1"), Ma, 4, "mark", ImportCodes.MarkOutOfRange),
        Case("results of a procedure without tasks", p =>
            {
                p.Files["procedures.csv"].Add(["VPR-2025-HI-4", "VPR", "HI", "4", "2025", "5", "", ""]);
                p.Files["results/VPR-2025-HI-4.csv"] = [["school_code", "participant"], ["edu0101", "p1"]];
            },
            "results/VPR-2025-HI-4.csv", 0, "", ImportCodes.ProcedureWithoutTasks),
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
    public async Task Rejects_a_broken_package_with_the_error_at_its_file_line_and_column(BrokenPackage broken, DatabaseProvider provider)
    {
        var database = await databases.GetAsync(provider);
        using var package = TestPackage.Standard();
        broken.Break(package);

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.HasError(outcome, broken.File, broken.Line, broken.Column, broken.Code);
        Assert.All(outcome.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.All(outcome.Files, f => Assert.Equal(FileImportStatus.Rejected, f.Status));
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Rejects_a_folder_without_any_package_file(DatabaseProvider provider)
    {
        var database = await databases.GetAsync(provider);
        using var package = new TestPackage();
        package.Files["readme.txt"] = [["Это не пакет"]];

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        Assert.Equal(ImportCodes.NoKnownFiles, Assert.Single(outcome.Errors).Code);
        Assert.Contains(outcome.Warnings, w => w is { File: "readme.txt", Code: ImportCodes.UnknownFile });
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Collects_every_error_of_a_file_and_caps_the_list(DatabaseProvider provider)
    {
        var database = await databases.GetAsync(provider);
        using var package = TestPackage.Standard();
        var rows = package.Files[Ru];
        for (var i = 0; i < 300; i++) rows.Add([.. rows[1][..1], $"X-{i}", .. rows[1][2..^2], "99", ""]);
        rows[1][1] = "RU-000";

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        var errors = outcome.Errors.Where(e => e.File == Ru).ToList();
        Assert.Equal(FileErrors.Cap + 1, errors.Count);
        Assert.Equal(ImportCodes.MoreErrors, errors[^1].Code);
        Assert.Contains("100", errors[^1].Message);
        Assert.Equal(TestPackage.RuWorks + 2, errors[0].Line);
    }

    [Fact]
    public void Formats_an_error_as_file_line_column_message_and_code()
    {
        Assert.Equal("results/VPR-2025-RU-4.csv:17: 5: балл 3 больше максимума задания 2 [IMP404]",
            new ImportError("results/VPR-2025-RU-4.csv", 17, "5", ImportCodes.ScoreAboveMax, "балл 3 больше максимума задания 2").ToString());
        Assert.Equal("results/X.csv: процедура не найдена [IMP401]",
            new ImportError("results/X.csv", 0, "", ImportCodes.ResultsForUnknownProcedure, "процедура не найдена").ToString());
    }
}
