using System.Security.Claims;
using Orientir.Data.Registry;
using Orientir.Domain.Access;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Orientir.Web.Access;

namespace Orientir.Web.Reports.Jobs;

/// <summary>A report as asked for over HTTP or by the page: level school|municipality|region, code, year, format pdf|xlsx|html.</summary>
public sealed record ReportOrder(string? Level, string? Code, int? Year, string? Format);

/// <summary>Why an order was refused: the HTTP status and a Russian title and detail.</summary>
public sealed record ReportOrderProblem(int Status, string Title, string Detail);

/// <summary>The queued job, or why there is none.</summary>
public sealed record ReportOrderOutcome(ReportJobView? Job, ReportOrderProblem? Problem);

/// <summary>
/// Checks an order against the signed-in user's scope before it is queued, so that the queue only holds reports that
/// can be built: the level the role may use (<see cref="LevelsOf"/>), the school or municipality found through the
/// user's scoped registry (out of scope reads as not found), a year with procedures in the scope, and a printer for PDF.
/// </summary>
public sealed class ReportOrders(ScopedQueries scoped, ReportJobs jobs, PdfPrinter printer)
{
    private const string Rejected = "Данные не приняты";

    /// <summary>
    /// The levels a scope may report on: the region's roles every level, a municipal officer their municipality and its
    /// schools, a school-bound role or a curator their schools. The region and municipality reports compare units the
    /// narrower roles do not see, so those levels are refused (403), not hidden.
    /// </summary>
    public static IReadOnlyList<ReportLevel> LevelsOf(AccessScope scope) =>
        scope.IsRegionWide ? [ReportLevel.School, ReportLevel.Municipality, ReportLevel.Region]
        : scope.MunicipalityId is not null ? [ReportLevel.School, ReportLevel.Municipality]
        : scope.SchoolIds is { Count: > 0 } ? [ReportLevel.School]
        : [];

    public async Task<ReportOrderOutcome> SubmitAsync(ClaimsPrincipal user, ReportOrder order, CancellationToken cancellationToken = default)
    {
        var ownerId = OwnerOf(user);
        if (ownerId is null) return Refused(StatusCodes.Status403Forbidden, "Отчёт недоступен", "Войдите в систему, чтобы заказать отчёт.");
        if (!TryParse<ReportLevel>(order.Level, out var level))
            return Refused(StatusCodes.Status400BadRequest, Rejected, "Уровень отчёта: school, municipality или region.");
        if (!TryParse<ReportFormat>(order.Format, out var format))
            return Refused(StatusCodes.Status400BadRequest, Rejected, "Формат отчёта: pdf, xlsx или html.");
        if (order.Year is not { } year) return Refused(StatusCodes.Status400BadRequest, Rejected, "Укажите год.");
        var code = string.IsNullOrWhiteSpace(order.Code) ? null : order.Code.Trim();
        if (level != ReportLevel.Region && code is null)
            return Refused(StatusCodes.Status400BadRequest, Rejected, level == ReportLevel.School ? "Укажите код школы." : "Укажите код муниципалитета.");

        var registry = await scoped.ForAsync(user, cancellationToken);
        if (!LevelsOf(registry.Scope).Contains(level))
            return Refused(StatusCodes.Status403Forbidden, "Отчёт недоступен", level == ReportLevel.Region
                ? "Региональный отчёт доступен ролям регионального уровня: администратору, региональному аналитику, методисту."
                : "Отчёт по муниципалитету доступен специалисту МОУО этого муниципалитета и ролям регионального уровня.");

        var objectName = await ObjectNameAsync(registry, level, code, cancellationToken);
        if (objectName is null)
            return Refused(StatusCodes.Status404NotFound, level == ReportLevel.School ? "Школа не найдена" : "Муниципалитет не найден",
                $"Объекта с кодом {code} нет или он вне вашей области доступа.");
        if (!(await registry.ProcedureYearsAsync(cancellationToken)).Contains(year))
            return Refused(StatusCodes.Status404NotFound, $"Нет данных за {year} год", $"За {year} год в вашей области доступа нет оценочных процедур.");
        if (format == ReportFormat.Pdf && !printer.IsAvailable)
            return Refused(StatusCodes.Status503ServiceUnavailable, "Выгрузка в PDF недоступна", ChromiumLocator.MissingMessage);

        var request = new ReportRequest(level, level == ReportLevel.Region ? null : code, year);
        var job = jobs.Enqueue(ownerId, user.Identity?.Name ?? "?", request, format, objectName);
        return job is null
            ? Refused(StatusCodes.Status429TooManyRequests, "Слишком много отчётов в работе",
                $"Одновременно формируется не более {ReportJobs.ActivePerUser} ваших отчётов: дождитесь готовых или отмените лишние.")
            : new ReportOrderOutcome(job, null);
    }

    /// <summary>The account's id: jobs belong to it, whatever the account's name.</summary>
    public static string? OwnerOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    private static async Task<string?> ObjectNameAsync(RegistryQueries registry, ReportLevel level, string? code, CancellationToken cancellationToken) =>
        level switch
        {
            ReportLevel.School => (await registry.SchoolAsync(code!, cancellationToken))?.Name,
            ReportLevel.Municipality => (await registry.MunicipalityAsync(code!, cancellationToken))?.Name,
            _ => "Регион",
        };

    /// <summary>One name of the enum, in any case: not a number, not a list of names.</summary>
    private static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var name = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text?.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out value);
    }

    private static ReportOrderOutcome Refused(int status, string title, string detail) => new(null, new ReportOrderProblem(status, title, detail));
}
