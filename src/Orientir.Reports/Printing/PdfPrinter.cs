using Microsoft.Playwright;

namespace Orientir.Reports.Printing;

/// <summary>The outcome of printing: the PDF, or why there is none (no Chromium on this machine).</summary>
public sealed record PdfResult(byte[]? Pdf, string? Problem)
{
    public bool Succeeded => Pdf is not null;
}

/// <summary>
/// Prints a report's HTML to an A4 PDF with the machine's Chromium through Playwright: the same HTML the pages show,
/// its print CSS deciding the layout, and the page number in every page's footer. One headless browser per printer,
/// started on first use; a printer is meant to live as long as the application (register it as a singleton).
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly string? _chromium;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A printer with the machine's Chromium (<see cref="ChromiumLocator"/>), unavailable when there is none.</summary>
    public PdfPrinter() : this(ChromiumLocator.Find())
    {
    }

    /// <param name="chromiumPath">The Chromium to print with; null makes a printer that says what to install.</param>
    public PdfPrinter(string? chromiumPath) => _chromium = chromiumPath;

    /// <summary>Whether PDF can be printed here at all.</summary>
    public bool IsAvailable => _chromium is not null;

    /// <param name="html">A whole document (see <see cref="ReportDocument"/>).</param>
    /// <param name="footer">The left part of every page's footer, e.g. the report's title; the right part is «стр. N из M».</param>
    public async Task<PdfResult> PrintAsync(string html, string footer, CancellationToken cancellationToken = default)
    {
        if (_chromium is null) return new PdfResult(null, ChromiumLocator.MissingMessage);
        var browser = await BrowserAsync(cancellationToken);
        var page = await browser.NewPageAsync();
        try
        {
            // Reports are self-contained (inline SVG charts, inline CSS): nothing to wait for on the network.
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            cancellationToken.ThrowIfCancellationRequested();
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = Footer(footer),
                Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "18mm", Right = "14mm" },
            });
            return new PdfResult(pdf, null);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Chromium fills the footer's pageNumber and totalPages spans itself; the text is escaped, never trusted.</summary>
    private static string Footer(string text) =>
        "<div style=\"width:100%;font-family:'DejaVu Sans',sans-serif;font-size:8px;color:#555;padding:0 14mm 0 18mm;" +
        "display:flex;justify-content:space-between\"><span>" + System.Net.WebUtility.HtmlEncode(text) +
        "</span><span>стр. <span class=\"pageNumber\"></span> из <span class=\"totalPages\"></span></span></div>";

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true }) return _browser;
        await _start.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true }) return _browser;
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(ChromiumLocator.LaunchOptions(_chromium!));
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _start.Dispose();
    }
}
