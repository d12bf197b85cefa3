using System.Globalization;
using System.Text.RegularExpressions;
using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>
/// Which procedure a protocol holds, as its title row (<c>ЕГЭ 2025 Химия</c>, <c>ОГЭ 2025 Математика 9 класс</c>) or
/// its file name (<c>EGE-2025-CH-11.csv</c>) says. A title names the subject as the region writes it (matched through
/// the synonym table); a file name carries the subject code. Without a grade: 11 for ЕГЭ, 9 for ОГЭ.
/// </summary>
public sealed partial record ProtocolTitle(ProcedureKind Kind, int Year, string Subject, bool SubjectIsCode, int Grade)
{
    public static ProtocolTitle? FromTitle(string text)
    {
        var match = TitlePattern().Match(text.Trim());
        if (!match.Success) return null;
        var kind = match.Groups["kind"].Value.ToUpperInvariant() is "ЕГЭ" or "EGE" ? ProcedureKind.Ege : ProcedureKind.Oge;
        var subject = match.Groups["subject"].Value.Trim().TrimEnd(',', '.', ';').Trim();
        if (subject.Length == 0) return null;
        return new ProtocolTitle(kind, Number(match.Groups["year"].Value), subject, SubjectIsCode: false,
            match.Groups["grade"].Success ? Number(match.Groups["grade"].Value) : DefaultGrade(kind));
    }

    public static ProtocolTitle? FromFileName(string fileName)
    {
        var match = FileNamePattern().Match(Path.GetFileNameWithoutExtension(fileName));
        if (!match.Success) return null;
        var kind = match.Groups["kind"].Value.ToUpperInvariant() == "EGE" ? ProcedureKind.Ege : ProcedureKind.Oge;
        return new ProtocolTitle(kind, Number(match.Groups["year"].Value), match.Groups["subject"].Value.ToUpperInvariant(),
            SubjectIsCode: true, match.Groups["grade"].Success ? Number(match.Groups["grade"].Value) : DefaultGrade(kind));
    }

    public static int DefaultGrade(ProcedureKind kind) => kind == ProcedureKind.Ege ? 11 : 9;

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:^|\s)(?<kind>ЕГЭ|ОГЭ|EGE|OGE)[\s\-–—,.:]*(?<year>\d{4})\s*(?:г\.|год[а]?)?[\s\-–—,.:]*(?<subject>\S.*?)(?:[\s,.]+(?<grade>\d{1,2})\s*(?:-?й\s*)?(?:класс\w*|кл\.?))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^(?<kind>EGE|OGE)-(?<year>\d{4})-(?<subject>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z]+)?)(?:-(?<grade>\d{1,2}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
