using System.Security.Claims;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Orientir.Web.Access;
using Orientir.Web.Reports.Jobs;

namespace Orientir.Web.Reports;

/// <summary>A school or a municipality the page offers: «Гимназия № 1 (S011)».</summary>
public sealed record ReportTarget(string Code, string Name)
{
    public override string ToString() => $"{Name} ({Code})";
}

/// <summary>
/// What the «Отчёты» page offers the signed-in user, all from their scoped registry: the levels their role may use,
/// the municipalities (and the one school, when the scope has one), the years with procedures, and whether PDF can be
/// printed here.
/// </summary>
public sealed record ReportChoices(
    IReadOnlyList<ReportLevel> Levels, IReadOnlyList<ReportTarget> Municipalities, ReportTarget? OnlySchool,
    IReadOnlyList<int> Years, bool PdfAvailable)
{
    /// <summary>Schools offered before anything is typed.</summary>
    public const int FirstSchools = 50;

    public static async Task<ReportChoices> ForAsync(ScopedQueries scoped, PdfPrinter printer, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var registry = await scoped.ForAsync(user, cancellationToken);
        var levels = ReportOrders.LevelsOf(registry.Scope);
        if (levels.Count == 0) return new ReportChoices([], [], null, [], printer.IsAvailable);
        var municipalities = levels.Contains(ReportLevel.Municipality)
            ? (await registry.MunicipalitiesAsync(cancellationToken)).Select(m => new ReportTarget(m.Code, m.Name)).ToList()
            : [];
        var schools = await registry.SchoolsAsync(2, cancellationToken);
        var onlySchool = schools.Count == 1 ? new ReportTarget(schools[0].Code, schools[0].Name) : null;
        return new ReportChoices(levels, municipalities, onlySchool, await registry.ProcedureYearsAsync(cancellationToken), printer.IsAvailable);
    }

    /// <summary>Schools of the user's scope whose name or code contains the text; the first ones when nothing is typed.</summary>
    public static async Task<IReadOnlyList<ReportTarget>> SchoolsAsync(ScopedQueries scoped, ClaimsPrincipal user, string? text,
        CancellationToken cancellationToken = default)
    {
        var registry = await scoped.ForAsync(user, cancellationToken);
        var rows = string.IsNullOrWhiteSpace(text)
            ? await registry.SchoolsAsync(FirstSchools, cancellationToken)
            : await registry.SearchSchoolsAsync(text, FirstSchools, cancellationToken);
        return rows.Select(s => new ReportTarget(s.Code, s.Name)).ToList();
    }

    /// <summary>A school of the user's scope by code, for a deep link; null when out of scope.</summary>
    public static async Task<ReportTarget?> SchoolAsync(ScopedQueries scoped, ClaimsPrincipal user, string code, CancellationToken cancellationToken = default) =>
        await (await scoped.ForAsync(user, cancellationToken)).SchoolAsync(code, cancellationToken) is { } school
            ? new ReportTarget(school.Code, school.Name)
            : null;

    public static string Russian(ReportLevel level) => level switch
    {
        ReportLevel.School => "Школа",
        ReportLevel.Municipality => "Муниципалитет",
        _ => "Регион",
    };

    public static string Russian(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "PDF",
        ReportFormat.Xlsx => "Excel",
        _ => "HTML",
    };

    /// <summary>What the report of a level contains, in a line.</summary>
    public static string About(ReportLevel level) => level switch
    {
        ReportLevel.School => "Результаты процедур школы на фоне муниципалитета и региона, эффект школы с учётом контекста, признаки необъективности, адресные рекомендации.",
        ReportLevel.Municipality => "Результаты муниципалитета, его школы в сравнении, школы с низкими результатами, в сложных условиях, устойчивые, с признаками необъективности.",
        _ => "Главные выводы по региону, муниципалитеты в сравнении, списки школ.",
    };

    /// <summary>What a format is good for, in a line.</summary>
    public static string About(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "Документ А4 для печати и рассылки.",
        ReportFormat.Xlsx => "Каждая таблица отчёта — отдельный лист, числа как числа: для своих расчётов.",
        _ => "Тот же отчёт страницей браузера: открывается без программ.",
    };

    public static string Russian(ReportJobState state) => state switch
    {
        ReportJobState.Queued => "в очереди",
        ReportJobState.Running => "формируется",
        ReportJobState.Succeeded => "готов",
        ReportJobState.Failed => "не сформирован",
        _ => "отменён",
    };
}
