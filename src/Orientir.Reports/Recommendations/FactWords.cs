using System.Text.RegularExpressions;
using Orientir.Analytics.Indicators;
using Orientir.Analytics.Recommendations;
using Orientir.Analytics.Schools;
using Orientir.Domain.Results;

namespace Orientir.Reports.Recommendations;

/// <summary>The words the facts share: a procedure named in a sentence, numbers as the templates print them.</summary>
internal static partial class FactWords
{
    /// <summary>«ВПР, математика, 4 класс»: a procedure as it reads inside a recommendation.</summary>
    public static string Procedure(ProcedureKind kind, string subject, int grade) => $"{kind.Russian()}, {Subject(subject)}, {grade} класс";

    public static string Procedure(ProcedureDesign design) => Procedure(design.Kind, design.Subject, design.Grade);

    /// <summary>A procedure known only by its code: named when the code follows the usual <c>VPR-2025-RU-4</c> form, else the code.</summary>
    public static string Procedure(string code)
    {
        var match = ProcedureCode().Match(code);
        return match.Success && Enum.TryParse<ProcedureKind>(match.Groups[1].Value, ignoreCase: true, out var kind)
            ? Procedure(kind, match.Groups[2].Value, int.Parse(match.Groups[3].Value))
            : code;
    }

    /// <summary>The subject in lower case for the middle of a sentence («русский язык»); a code the catalogue does not know stays as it is.</summary>
    public static string Subject(string subject)
    {
        var name = ResultsNames.SubjectName(subject);
        return name == subject || name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Number(double value) => RecommendationEngine.Number(value);

    public static string Number(double? value) => value is { } v ? Number(v) : "—";

    /// <summary>Up to five names, then «и ещё N».</summary>
    public static string Names(IReadOnlyList<string> names)
    {
        const int shown = 5;
        var text = string.Join(", ", names.Take(shown));
        return names.Count > shown ? $"{text} и ещё {names.Count - shown}" : text;
    }

    public static RecommendationFact Fact(string kind, double value, Dictionary<string, string> words, params Evidence[] evidence) =>
        new(kind, value, words, evidence);

    [GeneratedRegex(@"^([A-Za-z]+)-\d{4}-([A-Za-z]+)-(\d{1,2})$")]
    private static partial Regex ProcedureCode();
}
