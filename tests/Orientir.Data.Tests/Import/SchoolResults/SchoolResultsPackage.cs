using Microsoft.EntityFrameworkCore;
using Orientir.Testing;

namespace Orientir.Data.Tests.Import.SchoolResults;

/// <summary>
/// A package of aggregated results only: two schools, an ЕГЭ and a ВПР procedure without tasks, and school_results.csv
/// with three rows (line 2: ЕГЭ of edu0101, line 3: ЕГЭ of edu0102, line 4: ВПР of edu0101).
/// </summary>
internal static class SchoolResultsPackage
{
    public const string File = "school_results.csv";
    public const string Ege = "EGE-2023-RU-11";
    public const string Vpr = "VPR-2025-MA-4";

    public static TestPackage Create()
    {
        var package = new TestPackage();
        package.Files["municipalities.csv"] = [["code", "name"], ["M01", "Город Биробиджан"]];
        package.Files["schools.csv"] =
        [
            ["code", "municipality_code", "name", "type", "locality"],
            ["edu0101", "M01", "МБОУ «Гимназия № 1»", "gymnasium", "urban"],
            ["edu0102", "M01", "МБОУ СОШ № 5", "general", "urban"],
        ];
        package.Files["procedures.csv"] =
        [
            ["code", "kind", "subject", "grade", "year", "max_score", "mark_thresholds", "min_score"],
            [Ege, "EGE", "RU", "11", "2023", "100", "", ""],
            [Vpr, "VPR", "MA", "4", "2025", "20", "", ""],
        ];
        package.Files[File] =
        [
            ["procedure_code", "school_code", "participants", "mark2_share", "mark3_share", "mark4_share", "mark5_share",
                "below_min", "score_80_99", "score_100", "mean_score", "mean_mark"],
            [Ege, "edu0101", "30", "", "", "", "", "2", "5", "1", "61,5", ""],
            [Ege, "edu0102", "12", "", "", "", "", "0", "0", "0", "48", ""],
            [Vpr, "edu0101", "25", "4", "36", "40", "20", "", "", "", "11.5", "3,76"],
        ];
        return package;
    }

    public static async Task<int> AggregatesAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.SchoolResultAggregates.CountAsync();
    }
}
