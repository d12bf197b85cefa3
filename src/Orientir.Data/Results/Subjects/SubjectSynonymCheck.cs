using System.Text.RegularExpressions;
using Orientir.Data.Import;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>One problem of a synonym: the file column it is in (<c>name</c> or <c>subject</c>), the import code and the message.</summary>
public sealed record SynonymProblem(string Column, string Code, string Message)
{
    /// <summary>«Предмет: …» for a form or the API.</summary>
    public override string ToString() => $"{(Column == "name" ? "Название" : "Предмет")}: {Message}";
}

/// <summary>
/// What a synonym must be, wherever it comes from (the page, the API, a file): a name that is not blank and fits the
/// table, and a subject code as a package's <c>procedures.csv</c> writes it — 1 to 32 letters, digits and «-».
/// </summary>
public static partial class SubjectSynonymCheck
{
    public const int NameLength = 200;
    public const int SubjectLength = 32;

    public static List<SynonymProblem> Problems(string name, string subject)
    {
        var problems = new List<SynonymProblem>();
        var normalized = SubjectSynonym.Normalize(name);
        if (normalized.Length == 0) problems.Add(new("name", ImportCodes.MissingValue, "не заполнено обязательное значение"));
        else if (normalized.Length > NameLength)
            problems.Add(new("name", ImportCodes.ValueTooLong, $"значение длиннее {NameLength} символов ({normalized.Length})"));
        var code = subject.Trim();
        if (code.Length == 0) problems.Add(new("subject", ImportCodes.MissingValue, "не заполнено обязательное значение"));
        else if (code.Length > SubjectLength || !SubjectPattern().IsMatch(code))
            problems.Add(new("subject", ImportCodes.BadSubjectCode,
                $"«{code}» — код предмета из букв, цифр и «-», не длиннее {SubjectLength} символов (как в procedures.csv: RU, MA, EN-O)"));
        return problems;
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}\-]+$")]
    private static partial Regex SubjectPattern();
}
