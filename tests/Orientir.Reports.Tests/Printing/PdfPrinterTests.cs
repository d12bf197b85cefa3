using System.Globalization;
using Orientir.Reports.Printing;

namespace Orientir.Reports.Tests.Printing;

/// <summary>
/// A report's HTML printed by the machine's Chromium and read back with poppler (pdfinfo, pdftotext, pdftoppm), as a
/// person would see it: Cyrillic text, a title page, a long table whose header repeats on every page it runs over, and
/// «стр. N из M» in every footer.
/// </summary>
public sealed class PdfPrinterTests : IAsyncLifetime
{
    private readonly PdfPrinter _printer = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("orientir-pdf-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _printer.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_long_table_runs_over_pages_with_its_header_repeated_and_every_page_numbered()
    {
        Assert.True(_printer.IsAvailable, ChromiumLocator.MissingMessage);
        var document = new ReportDocument("Отчёт о результатах ВПР", "Приволжский муниципальный район · 2025 год")
            .Section("Результаты школ")
            .Paragraph("Доля работ с отметками «4» и «5» по школам муниципалитета.")
            .Table(["Школа", "Участников", "Доля «4–5», %"],
                Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[$"Школа № {i}", (20 + i % 17).ToString(CultureInfo.InvariantCulture), $"{40 + i % 30},5"]),
                new HashSet<int> { 1, 2 })
            .Section("Динамика")
            .Figure("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"120\"><rect x=\"10\" y=\"10\" width=\"300\" height=\"80\" fill=\"#1f5c8b\"/><text x=\"20\" y=\"110\">Доля «2» снизилась</text></svg>",
                "Рис. 1. Доля работ с отметкой «2» по годам");

        var result = await _printer.PrintAsync(document.ToHtml(), "Отчёт о результатах ВПР · 2025");

        Assert.True(result.Succeeded, result.Problem);
        var pdf = Path.Combine(_folder, "report.pdf");
        await File.WriteAllBytesAsync(pdf, result.Pdf!);
        var pages = Poppler.PageCount(await Poppler.RunAsync("pdfinfo", pdf));
        Assert.InRange(pages, 4, 8);

        var text = await Poppler.RunAsync("pdftotext", "-layout", pdf, "-");
        var perPage = text.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(pages, perPage.Length);
        Assert.Contains("Отчёт о результатах ВПР", perPage[0]);
        Assert.DoesNotContain("Школа № 1 ", perPage[0]);
        for (var page = 1; page <= pages; page++)
            Assert.Contains($"стр. {page} из {pages}", perPage[page - 1]);
        var tablePages = perPage.Where(p => p.Contains("Школа № ")).ToList();
        Assert.True(tablePages.Count >= 2, $"the table spans {tablePages.Count} page(s)");
        Assert.All(tablePages, p => Assert.Contains("Участников", p));
        Assert.Contains("Школа № 150", text);
        Assert.Contains("Рис. 1. Доля работ с отметкой «2» по годам", perPage[^1]);

        await Poppler.RunAsync("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf, Path.Combine(_folder, "page"));
        var image = Directory.GetFiles(_folder, "page*.png").Single();
        Assert.True(new FileInfo(image).Length > 1_000, "the first page renders to an image");
        // Like the browser tests' screenshots: every page as an image, to look at.
        if (Environment.GetEnvironmentVariable("ORIENTIR_SCREENSHOTS") is { Length: > 0 } shots)
            await Poppler.RunAsync("pdftoppm", "-png", "-r", "60", pdf, Path.Combine(Directory.CreateDirectory(shots).FullName, "pdf-printer-page"));
    }

    [Fact]
    public async Task Without_Chromium_the_printer_says_what_to_install_and_prints_nothing()
    {
        await using var printer = new PdfPrinter(chromiumPath: null);

        var result = await printer.PrintAsync(new ReportDocument("Отчёт", "2025").ToHtml(), "Отчёт");

        Assert.False(printer.IsAvailable);
        Assert.False(result.Succeeded);
        Assert.Contains("apt-get install chromium fonts-dejavu-core", result.Problem);
        Assert.Contains("HTML и Excel", result.Problem);
    }

    [Fact]
    public void Text_is_escaped_so_a_school_name_cannot_break_the_report()
    {
        var html = new ReportDocument("Школа <№ 1> & «Гимназия»", "2025").Paragraph("<script>alert(1)</script>").ToHtml();

        Assert.Contains("Школа &lt;№ 1&gt; &amp;", html);
        Assert.DoesNotContain("<script>", html);
    }
}
