using Orientir.Data.Import;

namespace Orientir.Data.Staff.Catalogue;

/// <summary>
/// Reads programmes.csv (docs/staff/catalogue.md) with the package's CSV rules: encoding and separator detected,
/// headers case-insensitive, every bad cell reported as <c>programmes.csv:line: column: message</c>.
/// </summary>
internal static class ProgrammesCsv
{
    public const string FileName = "programmes.csv";
    public static readonly string[] Columns = ["title", "provider", "hours", "format", "registry_number", "targets", "active"];
    private static readonly string[] Required = ["title", "provider", "hours", "format", "targets"];

    public sealed record Row(int Line, ProgrammeInput Input);

    public static List<Row> Read(string path, string fileName, IReadOnlySet<string> words, List<ImportError> errors, List<ImportError> warnings) =>
        CatalogueCsv.Read<Row>(path, fileName, Required, Columns, errors, warnings, (table, rows) => ReadRows(table, words, rows));

    private static void ReadRows(CsvTable table, IReadOnlySet<string> words, List<Row> rows)
    {
        int title = table.Ordinal("title"), provider = table.Ordinal("provider"), hours = table.Ordinal("hours"), format = table.Ordinal("format"),
            registry = table.Ordinal("registry_number"), targets = table.Ordinal("targets"), active = table.Ordinal("active");
        var seen = new Dictionary<(string, string), int>();
        while (table.Read())
        {
            var errorsBefore = table.Errors.Count;
            var titleValue = table.Required(title, ProgrammeRules.TitleLength);
            var providerValue = table.Required(provider, ProgrammeRules.ProviderLength);
            var hoursValue = table.Int(hours, required: true, out var badHours);
            if (hoursValue is { } h && h is < ProgrammeRules.MinHours or > ProgrammeRules.MaxHours)
                table.Errors.Add(table.Line, table.Header(hours), ImportCodes.BadNumber,
                    $"часов {h}: должно быть от {ProgrammeRules.MinHours} до {ProgrammeRules.MaxHours}");
            var formatText = table.Text(format);
            var formatValue = ProgrammeRules.ParseFormat(formatText);
            if (formatValue is null)
                table.Errors.Add(table.Line, table.Header(format), formatText is null ? ImportCodes.MissingValue : ImportCodes.UnknownValue,
                    formatText is null ? "не заполнено обязательное значение"
                        : $"«{formatText}» — не форма обучения (in_person, blended, distance или очная, очно-заочная, дистанционная)");
            var registryValue = registry >= 0 ? table.Optional(registry, ProgrammeRules.RegistryLength) : null;
            var targetList = ProgrammeTargets.Split(table.Text(targets));
            if (ProgrammeRules.TargetsProblem(targetList, words) is { } problem)
                table.Errors.Add(table.Line, table.Header(targets), targetList.Count == 0 ? ImportCodes.MissingValue : ImportCodes.UnknownValue, problem);
            var activeValue = true;
            if (active >= 0 && table.Text(active) is { } activeText)
            {
                if (activeText is "1" or "0") activeValue = activeText == "1";
                else table.Errors.Add(table.Line, table.Header(active), ImportCodes.UnknownValue, $"«{activeText}» — должно быть 1 или 0");
            }
            if (titleValue is not null && providerValue is not null)
            {
                if (seen.TryGetValue((titleValue, providerValue), out var first))
                    table.Errors.Add(table.Line, table.Header(title), ImportCodes.DuplicateCode,
                        $"программа «{titleValue}» организации «{providerValue}» уже есть в строке {first}");
                else seen[(titleValue, providerValue)] = table.Line;
            }
            if (table.Errors.Count > errorsBefore || badHours) continue;
            rows.Add(new Row(table.Line, new ProgrammeInput(titleValue!, providerValue!, hoursValue!.Value, formatValue!.Value,
                registryValue, ProgrammeTargets.Join(targetList), activeValue)));
        }
    }
}
