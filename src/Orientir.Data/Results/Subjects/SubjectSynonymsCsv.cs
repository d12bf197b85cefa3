using System.Text;
using Orientir.Data.Import;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>
/// The synonym table as a CSV file of two columns, <c>name;subject</c>: read with the package's CSV rules (encoding and
/// separator detected, headers case-insensitive, every bad cell reported as <c>file:line: column: message [CODE]</c>) and
/// written back in the same columns, so that an export imports again unchanged.
/// </summary>
public static class SubjectSynonymsCsv
{
    public const string FileName = "subject-synonyms.csv";
    public static readonly string[] Columns = ["name", "subject"];

    /// <summary>A good row: the name in its normalized form, the subject code in upper case.</summary>
    public sealed record Row(int Line, string Name, string Subject);

    public static List<Row> Read(string path, string fileName, List<ImportError> errors, List<ImportError> warnings) =>
        CatalogueCsv.Read<Row>(path, fileName, Columns, Columns, errors, warnings, ReadRows);

    private static void ReadRows(CsvTable table, List<Row> rows)
    {
        int nameAt = table.Ordinal("name"), subjectAt = table.Ordinal("subject");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            var name = table.Text(nameAt) ?? "";
            var subject = table.Text(subjectAt) ?? "";
            var problems = SubjectSynonymCheck.Problems(name, subject);
            foreach (var problem in problems)
                table.Errors.Add(table.Line, table.Header(problem.Column == "name" ? nameAt : subjectAt), problem.Code, problem.Message);
            var normalized = SubjectSynonym.Normalize(name);
            if (normalized.Length > 0)
            {
                if (seen.TryGetValue(normalized, out var first))
                {
                    table.Errors.Add(table.Line, table.Header(nameAt), ImportCodes.DuplicateCode,
                        $"название «{name}» уже есть в строке {first} (названия сравниваются без учёта регистра, «ё» и пробелов)");
                    continue;
                }
                seen[normalized] = table.Line;
            }
            if (problems.Count == 0) rows.Add(new Row(table.Line, normalized, subject.Trim().ToUpperInvariant()));
        }
    }

    /// <summary>The synonyms as UTF-8 CSV with a BOM (Russian Excel opens it as is), separated by <c>;</c>.</summary>
    public static async Task WriteAsync(IEnumerable<SubjectSynonymRow> synonyms, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', Columns));
        foreach (var synonym in synonyms)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync($"{Cell(synonym.Name)};{Cell(synonym.Subject)}");
        }
    }

    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
