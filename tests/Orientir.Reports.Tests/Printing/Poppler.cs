using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Orientir.Reports.Content;
using Orientir.Reports.Printing;
using Orientir.Reports.Rendering;

namespace Orientir.Reports.Tests.Printing;

/// <summary>
/// A report printed by the machine's Chromium and read back with poppler, as a reader would see it: its page count
/// (pdfinfo), its text page by page (pdftotext) and every page turned into an image (pdftoppm).
/// </summary>
internal static partial class Poppler
{
    /// <param name="PageImages">The sizes in bytes of the pages rendered as images, one per page.</param>
    public sealed record Printed(int Pages, string Text, IReadOnlyList<string> PageTexts, IReadOnlyList<long> PageImages);

    /// <summary>Null when the machine has no Chromium (the PDF part of a test is then skipped).</summary>
    public static async Task<Printed?> PrintAsync(Report report, string name)
    {
        if (ChromiumLocator.Find() is null) return null;
        await using var printer = new PdfPrinter();
        var result = await printer.PrintAsync(ReportHtml.Render(report), report.Title);
        Assert.True(result.Succeeded, result.Problem);
        var folder = Directory.CreateTempSubdirectory("orientir-report-pdf-").FullName;
        try
        {
            var pdf = Path.Combine(folder, name + ".pdf");
            await File.WriteAllBytesAsync(pdf, result.Pdf!);
            var pages = PageCount(await RunAsync("pdfinfo", pdf));
            var text = await RunAsync("pdftotext", "-layout", pdf, "-");
            await RunAsync("pdftoppm", "-png", "-gray", "-r", "24", pdf, Path.Combine(folder, "page"));
            var images = Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal).Select(f => new FileInfo(f).Length).ToList();
            // Every page as an image to look at, like the browser tests' screenshots.
            if (Environment.GetEnvironmentVariable("ORIENTIR_SCREENSHOTS") is { Length: > 0 } shots)
            {
                var target = Directory.CreateDirectory(shots).FullName;
                await RunAsync("pdftoppm", "-png", "-r", "60", pdf, Path.Combine(target, name));
                File.Copy(pdf, Path.Combine(target, name + ".pdf"), overwrite: true);
            }
            return new Printed(pages, text, text.Split('\f', StringSplitOptions.RemoveEmptyEntries), images);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int PageCount(string pdfinfo) => int.Parse(PagesPattern().Match(pdfinfo).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Every page rendered, and none blank: a blank A4 page at this resolution is a few hundred bytes.</summary>
    public static void AssertEveryPageRendered(Printed printed)
    {
        Assert.Equal(printed.Pages, printed.PageImages.Count);
        Assert.All(printed.PageImages, size => Assert.True(size > 1_500, $"a page image of {size} bytes looks blank"));
    }

    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program}: {error}");
        return await output;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesPattern();
}
