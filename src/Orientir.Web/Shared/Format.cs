using System.Globalization;

namespace Orientir.Web.Shared;

/// <summary>Numbers as a Russian reader expects them: a decimal comma, a space between thousands.</summary>
public static class Format
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Percent(double? share) => share is { } value ? value.ToString("0.0", Russian) + " %" : "нет данных";

    public static string Count(long? value) => value is { } v ? v.ToString("#,0", Russian) : "нет данных";

    public static string Size(long bytes) =>
        bytes < 1024 ? $"{bytes} байт"
        : bytes < 1024 * 1024 ? (bytes / 1024.0).ToString("0.#", Russian) + " КБ"
        : (bytes / (1024.0 * 1024)).ToString("0.#", Russian) + " МБ";
}
