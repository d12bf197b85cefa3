using Microsoft.Playwright;

namespace Orientir.Reports.Printing;

/// <summary>
/// Where the machine's own Chromium is: <c>ORIENTIR_CHROMIUM</c>, else the Debian package's binaries on the PATH. PDF
/// reports are printed by it; Playwright's own browser download is never used.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "ORIENTIR_CHROMIUM";

    /// <summary>What to tell a user when there is no Chromium: the PDF form needs it, HTML and Excel do not.</summary>
    public const string MissingMessage =
        "Для выгрузки в PDF нужен браузер Chromium и шрифт с кириллицей: sudo apt-get install chromium fonts-dejavu-core " +
        "(или укажите путь к Chromium в переменной ORIENTIR_CHROMIUM). Отчёт в HTML и Excel доступен и без него.";

    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary>The path of the Chromium to print with, or null when there is none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Names)
                if (File.Exists(Path.Combine(folder, name)))
                    return Path.Combine(folder, name);
        return null;
    }

    /// <summary>How Orientir starts its Chromium, for printing and for the browser tests alike: headless, and quiet.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions(string executablePath) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        // This network is closed: without these flags Chromium keeps trying hosts that refuse it.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };
}
