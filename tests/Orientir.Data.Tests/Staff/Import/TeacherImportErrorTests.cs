using Microsoft.EntityFrameworkCore;
using Orientir.Data.Database;
using Orientir.Data.Import;
using Orientir.Data.Tests.Import;
using Orientir.Testing;

namespace Orientir.Data.Tests.Staff.Import;

public class TeacherImportErrorTests(RejectionDatabases databases) : IClassFixture<RejectionDatabases>
{
    private const string T = TeacherFilesPackage.Teachers;
    private const string C = TeacherFilesPackage.Classes;
    private const string D = TeacherFilesPackage.Diagnostics;

    private static BrokenPackage Case(string name, Action<TestPackage> breakIt, string file, int line, string column, string code) =>
        new(name, p => breakIt((TestPackage)p), file, line, column, code);

    public static IEnumerable<BrokenPackage> Cases =>
    [
        Case("teachers: missing column", p => p.RemoveColumn(T, "subjects"), T, 1, "subjects", ImportCodes.MissingColumn),
        Case("teachers: missing code", p => p.Set(T, 3, "code", ""), T, 3, "code", ImportCodes.MissingValue),
        Case("teachers: duplicate code", p => p.Set(T, 3, "code", "T00000001"), T, 3, "code", ImportCodes.DuplicateCode),
        Case("teachers: unknown school", p => p.Set(T, 2, "school_code", "edu9999"), T, 2, "school_code", ImportCodes.UnknownSchool),
        Case("teachers: subject not a procedure's", p => p.Set(T, 2, "subjects", "RU|Русский"), T, 2, "subjects", ImportCodes.UnknownSubject),
        Case("teachers: no subject", p => p.Set(T, 4, "subjects", "|"), T, 4, "subjects", ImportCodes.MissingValue),
        Case("teachers: experience above 70", p => p.Set(T, 2, "experience_years", "71"), T, 2, "experience_years", ImportCodes.ExperienceOutOfRange),
        Case("teachers: negative experience", p => p.Set(T, 2, "experience_years", "-1"), T, 2, "experience_years", ImportCodes.ExperienceOutOfRange),
        Case("teachers: experience not a number", p => p.Set(T, 3, "experience_years", "много"), T, 3, "experience_years", ImportCodes.BadNumber),
        Case("teachers: unknown category", p => p.Set(T, 4, "category", "вторая"), T, 4, "category", ImportCodes.UnknownValue),
        Case("classes: missing column", p => p.RemoveColumn(C, "year"), C, 1, "year", ImportCodes.MissingColumn),
        Case("classes: unknown teacher", p => p.Set(C, 5, "teacher_code", "T99999999"), C, 5, "teacher_code", ImportCodes.UnknownTeacher),
        Case("classes: unknown school", p => p.Set(C, 2, "school_code", "edu9999"), C, 2, "school_code", ImportCodes.UnknownSchool),
        Case("classes: no class", p => p.Set(C, 3, "class", ""), C, 3, "class", ImportCodes.MissingValue),
        Case("classes: unknown subject", p => p.Set(C, 4, "subject", "HI"), C, 4, "subject", ImportCodes.UnknownSubject),
        Case("classes: year not a number", p => p.Set(C, 6, "year", "2025/26"), C, 6, "year", ImportCodes.BadNumber),
        Case("classes: duplicate link", p => p.Set(C, 3, "year", "2024"), C, 3, "class", ImportCodes.DuplicateCode),
        Case("diagnostics: missing column", p => p.RemoveColumn(D, "max_score"), D, 1, "max_score", ImportCodes.MissingColumn),
        Case("diagnostics: unknown teacher", p => p.Set(D, 4, "teacher_code", "T99999999"), D, 4, "teacher_code", ImportCodes.UnknownTeacher),
        Case("diagnostics: duplicate competence", p => p.Set(D, 3, "competence", "SUBJ"), D, 3, "competence", ImportCodes.DuplicateCode),
        Case("diagnostics: score above the maximum", p => p.Set(D, 2, "score", "11"), D, 2, "score", ImportCodes.BadDiagnosticScore),
        Case("diagnostics: negative score", p => p.Set(D, 5, "score", "-1"), D, 5, "score", ImportCodes.BadDiagnosticScore),
        Case("diagnostics: missing score", p => p.Set(D, 5, "score", ""), D, 5, "score", ImportCodes.MissingValue),
        Case("diagnostics: maximum not positive", p => p.Set(D, 6, "max_score", "0"), D, 6, "max_score", ImportCodes.BadDiagnosticMax),
        Case("diagnostics: year missing", p => p.Set(D, 7, "year", ""), D, 7, "year", ImportCodes.MissingValue),
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
    public async Task Rejects_a_bad_teacher_row_at_its_file_line_and_column_and_stores_nothing_of_the_package(
        BrokenPackage broken, DatabaseProvider provider)
    {
        var database = await databases.GetAsync(provider);
        using var package = TeacherFilesPackage.Standard();
        broken.Break(package);

        var outcome = await new PackageImporter(database.ConnectionString).ImportDirectoryAsync(package.Write(), "analyst");

        ImportAssertions.HasError(outcome, broken.File, broken.Line, broken.Column, broken.Code);
        Assert.All(outcome.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        // The results files are fine, and still not stored.
        Assert.Contains(outcome.Files, f => f.File == TestPackage.RuResults);
        Assert.All(outcome.Files, f => Assert.Equal(FileImportStatus.Rejected, f.Status));
        Assert.Equal(new TableCounts(0, 0, 0, 0, 0, 0, 0), await TableCounts.OfAsync(database));
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Teachers.CountAsync());
        Assert.Equal(0, await context.TeacherClasses.CountAsync());
        Assert.Equal(0, await context.TeacherDiagnostics.CountAsync());
    }
}
