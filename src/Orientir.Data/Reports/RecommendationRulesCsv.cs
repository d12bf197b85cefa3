using System.Globalization;
using System.Text;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Import;

namespace Orientir.Data.Reports;

/// <summary>
/// The rules as a CSV file (docs/reports/recommendations.md): read with the package's CSV rules — encoding and separator
/// detected, headers case-insensitive, every bad cell reported as <c>file:line: column: message [CODE]</c> — and written
/// back in the same columns, so that an export imports again unchanged.
/// </summary>
public static class RecommendationRulesCsv
{
    public const string FileName = "recommendation-rules.csv";
    public static readonly string[] Columns = ["code", "level", "fact", "comparison", "threshold", "limit", "priority", "template", "active"];
    private static readonly string[] Required = ["code", "level", "fact", "comparison", "threshold", "limit", "priority", "template"];

    public sealed record Row(int Line, RecommendationRuleInput Input);

    public static List<Row> Read(string path, string fileName, List<ImportError> errors, List<ImportError> warnings) =>
        CatalogueCsv.Read<Row>(path, fileName, Required, Columns, errors, warnings, ReadRows);

    private static void ReadRows(CsvTable table, List<Row> rows)
    {
        var at = Columns.ToDictionary(c => c, table.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            var errorsBefore = table.Errors.Count;
            var code = table.Text(at["code"]) ?? "";
            var threshold = table.Double(at["threshold"], out var badThreshold);
            if (threshold is null && !badThreshold)
                table.Errors.Add(table.Line, table.Header(at["threshold"]), ImportCodes.MissingValue, "не заполнено обязательное значение");
            var limit = table.Int(at["limit"], required: true, out var badLimit);
            var priority = table.Int(at["priority"], required: true, out var badPriority);
            var active = true;
            if (at["active"] >= 0 && table.Text(at["active"]) is { } activeText)
            {
                if (activeText is "1" or "0") active = activeText == "1";
                else table.Errors.Add(table.Line, table.Header(at["active"]), ImportCodes.UnknownValue, $"«{activeText}» — должно быть 1 или 0");
            }
            var comparisonText = table.Text(at["comparison"]) ?? "";
            var comparison = RecommendationRuleCheck.ParseComparison(comparisonText);
            var input = new RecommendationRuleInput(code, table.Text(at["level"]) ?? "", table.Text(at["fact"]) ?? "",
                comparison?.ToString() ?? comparisonText, threshold ?? 0, limit ?? 1, priority ?? 1, table.Text(at["template"]) ?? "", active);
            foreach (var problem in RecommendationRuleCheck.Problems(input))
            {
                // A cell that is not a number was reported as such; its placeholder value must not add a second message.
                if ((problem.Column == "threshold" && threshold is null) || (problem.Column == "limit" && limit is null)
                    || (problem.Column == "priority" && priority is null)) continue;
                table.Errors.Add(table.Line, table.Header(at[problem.Column]), problem.Code, problem.Message);
            }
            if (code.Length > 0)
            {
                if (seen.TryGetValue(code, out var first))
                    table.Errors.Add(table.Line, table.Header(at["code"]), ImportCodes.DuplicateCode, $"правило «{code}» уже есть в строке {first}");
                else seen[code] = table.Line;
            }
            if (table.Errors.Count > errorsBefore || badThreshold || badLimit || badPriority) continue;
            rows.Add(new Row(table.Line, input));
        }
    }

    /// <summary>The rules as UTF-8 CSV with a BOM (Russian Excel opens it as is), separated by <c>;</c>, decimals with a comma.</summary>
    public static async Task WriteAsync(IEnumerable<RecommendationRuleRow> rules, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', Columns));
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var comparison = Enum.TryParse<RuleComparison>(rule.Comparison, out var c) ? RecommendationRuleCheck.ComparisonSign(c) : rule.Comparison;
            string[] cells =
            [
                rule.Code, rule.Level, rule.Fact, comparison, rule.Threshold.ToString("R", CultureInfo.InvariantCulture).Replace('.', ','),
                rule.Limit.ToString(CultureInfo.InvariantCulture), rule.Priority.ToString(CultureInfo.InvariantCulture), rule.Template,
                rule.Active ? "1" : "0",
            ];
            await writer.WriteLineAsync(string.Join(';', cells.Select(Cell)));
        }
    }

    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
