using System.Globalization;

namespace Orientir.Data.Import.Adapters.FisOkoStatistics;

/// <summary>
/// The percent of marks 2–5 of one school row. A cell in Excel's percent format holds a fraction (0,25 for 25 %): a row
/// whose four shares add up to 1 is read as fractions. Otherwise each share is 0–100 and, with participants, the four
/// add up to 100 ± 1 (rounding in the form).
/// </summary>
internal static class MarkShares
{
    public const double Tolerance = 1;

    /// <summary>The four shares (null = empty cell) in percent, or null when one is bad (reported).</summary>
    public static double?[]? Read(ExportContext context, SheetRow row, SourcePlace place, StatisticsColumns columns, int? participants)
    {
        var shares = new double?[4];
        var bad = false;
        for (var i = 0; i < 4; i++)
        {
            var text = row.Cell(columns.Marks[i]);
            if (text.Length == 0) continue;
            if (Numbers.TryParseDouble(text.TrimEnd('%').TrimEnd(), out var share) && double.IsFinite(share)) shares[i] = share;
            else
            {
                context.Error(place, columns.Header(columns.Marks[i]), ImportCodes.BadNumber, $"«{text}» — доля отметки «{i + 2}» не число");
                bad = true;
            }
        }
        if (bad) return null;
        if (shares.All(s => s is not null) && shares.All(s => s <= 1) && Math.Abs(shares.Sum(s => s!.Value) - 1) <= 0.01)
            for (var i = 0; i < 4; i++) shares[i] *= 100;
        for (var i = 0; i < 4; i++)
        {
            if (shares[i] is not { } share || share is >= 0 and <= 100) continue;
            context.Error(place, columns.Header(columns.Marks[i]), ImportCodes.ShareOutOfRange,
                $"{Number(share)} — доля отметки «{i + 2}» должна быть от 0 до 100 %");
            bad = true;
        }
        if (bad) return null;
        if (participants > 0 && shares.All(s => s is not null))
        {
            var sum = shares.Sum(s => s!.Value);
            if (Math.Abs(sum - 100) > Tolerance)
            {
                context.Error(place, $"{columns.Header(columns.Marks[0])}–{columns.Header(columns.Marks[3])}", ImportCodes.MarkSharesSum,
                    $"доли отметок «2»–«5» в сумме {Number(sum)} %, а должны давать 100 % (± {Number(Tolerance)})");
                return null;
            }
        }
        return shares;
    }

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
