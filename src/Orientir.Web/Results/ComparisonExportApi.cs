using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcel = MiniExcelLibs.MiniExcel;
using Orientir.Analytics.Indicators;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Web.Access;

namespace Orientir.Web.Results;

/// <summary>The comparison table of a procedure as an Excel file: the rows the user's scope shows on the page.</summary>
internal static class ComparisonExportApi
{
    public const string AuditAction = "export.procedure-comparison";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The header row, in column order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "Уровень", "Код", "Наименование", "Участников", "Средний % от максимума",
        "Доля «2», %", "Успеваемость, %", "Качество, %", "Статус",
    ];

    public static IEndpointRouteBuilder MapComparisonExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators/export/{procedureCode}.xlsx", ExportAsync)
            .RequireAuthorization()
            .WithTags("Indicators")
            .WithSummary("Сравнение муниципалитетов и школ по процедуре (Excel)");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(
        string procedureCode, ClaimsPrincipal user, ScopedQueries scoped, OrientirDbContext db, CancellationToken cancellationToken)
    {
        var queries = await scoped.IndicatorsForAsync(user, cancellationToken);
        if (await queries.ProcedureAsync(procedureCode, cancellationToken) is not { } set) return TypedResults.NotFound();

        var rows = ComparisonRow.Of(set);
        var bytes = Workbook(rows, queries.Settings);
        db.Audit.Add(new AuditEntry(DateTime.UtcNow, user.Identity?.Name ?? "?", AuditAction,
            $"{set.Design.Code} municipalities={set.Municipalities.Count} schools={set.Schools.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(bytes, ContentType, $"{set.Design.Code}-comparison.xlsx");
    }

    internal static byte[] Workbook(IReadOnlyList<ComparisonRow> rows, IndicatorSettings settings)
    {
        // Dictionaries keep the column order of the header; a suppressed group's numbers stay empty cells.
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [Header[0]] = r.LevelName,
            [Header[1]] = r.Code,
            [Header[2]] = r.Name,
            [Header[3]] = r.Participants,
            [Header[4]] = Round(r.MeanPercent),
            [Header[5]] = Round(r.ShareOfTwo),
            [Header[6]] = Round(r.SuccessRate),
            [Header[7]] = Round(r.QualityRate),
            [Header[8]] = IndicatorText.Status(r.Status, settings),
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet, sheetName: "Сравнение");
        return stream.ToArray();
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
