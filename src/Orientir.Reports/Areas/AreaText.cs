using System.Globalization;
using Orientir.Analytics.Indicators;
using Orientir.Domain.Results;

namespace Orientir.Reports.Areas;

/// <summary>The Russian words and number forms of the municipality and region reports' prose.</summary>
public static class AreaText
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«45,3 %», or «—» when there is no number.</summary>
    /// <remarks>The spaces inside a number's unit are non-breaking, so that «12,0 %» and «п. п.» never split over lines.</remarks>
    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", Russian) + "\u00a0%" : "—";

    public static string Count(long value) => value.ToString("#,0", Russian);

    public static string Decimal(double? value, string format = "0.00") => value is { } v ? v.ToString(format, Russian).Replace("-", "−") : "—";

    /// <summary>A signed difference in percentage points: «+3,2 п. п.», «−1,0 п. п.».</summary>
    public static string Points(double difference) =>
        (difference >= 0 ? "+" : "−") + Math.Abs(difference).ToString("0.0", Russian) + "\u00a0п.\u00a0п.";

    /// <summary>The Russian noun form for a count: 1 школа, 2 школы, 5 школ.</summary>
    public static string Plural(long count, string one, string few, string many)
    {
        var n = Math.Abs(count) % 100;
        if (n is >= 11 and <= 14) return many;
        return (n % 10) switch { 1 => one, 2 or 3 or 4 => few, _ => many };
    }

    /// <summary>«12 школ».</summary>
    public static string Schools(long count) => $"{Count(count)} {Plural(count, "школа", "школы", "школ")}";

    /// <summary>«выполнили 17 121 работу»: the accusative, as the reports' sentences need it.</summary>
    public static string Works(long count) => $"{Count(count)} {Plural(count, "работу", "работы", "работ")}";

    /// <summary>Whether a procedure gives marks; ЕГЭ does not, its pass line is the minimum score.</summary>
    public static bool HasMarks(ProcedureDesign design) => design.Thresholds is not null;

    /// <summary>The share a group fails by: «2», or the share below the minimum score where no marks are given.</summary>
    public static double? FailShare(ProcedureDesign design, ProcedureIndicators indicators) =>
        HasMarks(design) ? indicators.Marks?.Two : indicators.BelowMinimumShare;

    /// <summary>«доля «2»» or «доля ниже минимального балла», for prose.</summary>
    public static string FailShareWords(ProcedureDesign design) => HasMarks(design) ? "доля «2»" : "доля ниже минимального балла";

    /// <summary>«Доля «2»», with «(ЕГЭ — доля ниже минимального балла)» only when a procedure without marks is among them.</summary>
    public static string FailShareName(IEnumerable<ProcedureDesign> designs) =>
        designs.Any(d => !HasMarks(d)) ? "Доля «2» (ЕГЭ — доля ниже минимального балла)" : "Доля «2»";

    public static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], Russian) + text[1..];

    public static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Russian) + text[1..];

    /// <summary>The column header of the failing share.</summary>
    public static string FailShareHeader(ProcedureDesign design) => HasMarks(design) ? "Доля «2», %" : "Ниже минимума, %";

    public static string ProcedureTitle(ProcedureDesign design) =>
        $"{design.Kind.Russian()} {ResultsNames.SubjectName(design.Subject)}, {design.Grade} класс";

    /// <summary>An Excel sheet name: at most 31 characters, none of []:*?/\.</summary>
    public static string Sheet(string what, string? procedureCode = null)
    {
        var text = procedureCode is null ? what : $"{what} {procedureCode}";
        var clean = new string(text.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    /// <summary>The table without its last column («Примечание») when no row has a note.</summary>
    public static Content.TableBlock DropEmptyNotes(Content.TableBlock table) =>
        table.Rows.All(r => r[^1] is null or "")
            ? table with { Columns = table.Columns.Take(table.Columns.Count - 1).ToList(), Rows = table.Rows.Select(r => r[..^1]).ToList() }
            : table;

    public static string Status(GroupStatus status, IndicatorSettings settings) => status switch
    {
        GroupStatus.Suppressed => $"скрыто (менее {settings.SuppressionMinimum} участников)",
        GroupStatus.NotInformative => $"не информативно (менее {settings.InformativeMinimum} участников)",
        _ => "",
    };
}
