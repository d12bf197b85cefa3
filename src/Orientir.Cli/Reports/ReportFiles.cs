using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Orientir.Reports.Content;

namespace Orientir.Cli.Reports;

/// <summary>What the CLI tells about a report's file: its format from its name, its size and a PDF's pages.</summary>
internal static partial class ReportFiles
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static ReportFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => ReportFormat.Pdf,
        ".xlsx" => ReportFormat.Xlsx,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };

    public static string UnknownFormat(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var what = extension.Length == 0 ? "У файла нет расширения" : $"Расширение «{extension}» не подходит";
        return $"{what}: формат отчёта задаётся расширением файла --out — .pdf, .xlsx или .html.";
    }

    /// <summary>The page objects of a PDF (Chromium writes them uncompressed); 0 when none is found.</summary>
    public static int PdfPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} Б",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", Russian)} КБ",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.#", Russian)} МБ",
    };

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
