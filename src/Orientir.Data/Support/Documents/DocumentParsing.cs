using System.Globalization;

namespace Orientir.Data.Support.Documents;

/// <summary>Reading dates and numbers typed by people: dd.MM.yyyy or ISO dates, decimals with a comma or a point.</summary>
public static class DocumentParsing
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryNumber(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
