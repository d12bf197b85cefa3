using Orientir.Domain.Audit;
using Orientir.Reports.Printing;
using Orientir.Reports.Rendering;

namespace Orientir.Reports.Content;

/// <summary>A produced report: its bytes and how to offer them.</summary>
public sealed record ReportFile(byte[] Content, string FileName, string ContentType);

/// <summary>The outcome of producing a report: the file, or a Russian explanation why there is none.</summary>
public sealed record ReportOutcome(ReportFile? File, string? Problem)
{
    public bool Succeeded => File is not null;
}

/// <summary>
/// Builds, renders and (for PDF) prints a report, and writes the export to the audit log: the one path the page's
/// background job and the CLI both take.
/// </summary>
public sealed class ReportProducer(PdfPrinter printer)
{
    public const string NotFound = "Отчёт не построен: такого объекта нет или он вне вашей области доступа.";

    /// <summary>The last stage of every report, after its builder's: rendering (and printing) the file.</summary>
    public const string LayoutStage = "Оформление";

    public async Task<ReportOutcome> ProduceAsync(ReportContext context, ReportRequest request, ReportFormat format,
        CancellationToken cancellationToken = default)
    {
        if (format == ReportFormat.Pdf && !printer.IsAvailable) return new ReportOutcome(null, ChromiumLocator.MissingMessage);
        var report = await ReportBuilder.BuildAsync(context, request, cancellationToken);
        if (report is null) return new ReportOutcome(null, NotFound);

        context.Report(LayoutStage, 0, 1);
        ReportFile file;
        switch (format)
        {
            case ReportFormat.Xlsx:
                file = new ReportFile(ReportWorkbook.Render(report), request.FileStem + ".xlsx", ReportWorkbook.ContentType);
                break;
            case ReportFormat.Html:
                file = new ReportFile(System.Text.Encoding.UTF8.GetBytes(ReportHtml.Render(report)), request.FileStem + ".html", "text/html; charset=utf-8");
                break;
            default:
                var printed = await printer.PrintAsync(ReportHtml.Render(report), report.Title, cancellationToken);
                if (!printed.Succeeded) return new ReportOutcome(null, printed.Problem);
                file = new ReportFile(printed.Pdf!, request.FileStem + ".pdf", "application/pdf");
                break;
        }
        context.Report(LayoutStage, 1, 1);

        context.Db.Audit.Add(new AuditEntry(context.Time.GetUtcNow().UtcDateTime, context.User, ReportAudit.Action,
            $"level={request.Level.ToString().ToLowerInvariant()} code={request.Code ?? "region"} year={request.Year} " +
            $"format={format.ToString().ToLowerInvariant()} bytes={file.Content.Length}"));
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ReportOutcome(file, null);
    }
}
