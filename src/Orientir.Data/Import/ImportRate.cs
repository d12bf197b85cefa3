using System.Globalization;

namespace Orientir.Data.Import;

/// <summary>The import's progress as the command line and the import page show it: file, rows per second, time left.</summary>
public static class ImportRate
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Rows per second of the package since <paramref name="storing"/> began; null before a second has passed.</summary>
    public static double? RowsPerSecond(ImportProgress progress, TimeSpan storing) =>
        storing.TotalSeconds >= 1 ? progress.PackageRowsDone / storing.TotalSeconds : null;

    /// <summary>The time left at the current rate; null while the rate is not known.</summary>
    public static TimeSpan? TimeLeft(ImportProgress progress, TimeSpan storing) =>
        RowsPerSecond(progress, storing) is { } rate and > 0
            ? TimeSpan.FromSeconds(Math.Max(progress.PackageRowsTotal - progress.PackageRowsDone, 0) / rate)
            : null;

    /// <summary>«results/VPR-2025-RU-4.csv: 1 234 567 из ~3 000 000 строк · 52 000 строк/с · осталось ~0:35».</summary>
    public static string Describe(ImportProgress progress, TimeSpan storing)
    {
        var phase = progress.RowsTotal is null ? "проверка " : "";
        var text = string.Create(Russian, $"{phase}{progress.File}: {progress.PackageRowsDone:N0} из ~{progress.PackageRowsTotal:N0} строк");
        if (RowsPerSecond(progress, storing) is { } rate)
            text += string.Create(Russian, $" · {rate:N0} строк/с");
        if (TimeLeft(progress, storing) is { } left)
            text += $" · осталось ~{(int)left.TotalMinutes}:{left.Seconds:00}";
        return text;
    }
}
