using System.Globalization;
using System.Text.RegularExpressions;
using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.FisOkoStatistics;

/// <summary>
/// The procedure a ФИС ОКО form is about, from its title: «ВПР 2025 Математика 5 класс», also inside a longer line
/// («Статистика по отметкам. ВПР 2025. Математика. 5 класс») and for the regional «РПР».
/// </summary>
internal sealed partial record FormTitle(ProcedureKind Kind, int Year, string SubjectName, int Grade)
{
    public static FormTitle? Find(SheetRow row)
    {
        var match = Pattern().Match(string.Join(' ', row.Cells.Where(c => c.Length > 0)));
        if (!match.Success) return null;
        var subject = match.Groups["subject"].Value.Trim(' ', '.', ',', ':', ';', '«', '»', '"');
        if (subject.Length == 0) return null;
        var kind = match.Groups["kind"].Value.Equals("РПР", StringComparison.OrdinalIgnoreCase) ? ProcedureKind.Rpr : ProcedureKind.Vpr;
        return new FormTitle(kind, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), subject,
            int.Parse(match.Groups["grade"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\b(?<kind>ВПР|РПР)[\s.,:]+(?<year>\d{4})[\s.,:]+(?<subject>.+?)[\s.,:]+(?<grade>\d{1,2})\s*(?:-?\s*й\s+)?класс",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
