using System.Globalization;
using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.EgeBySchool;

/// <summary>
/// Reads the school rows of one results sheet into school_results.csv. Subtotal and total rows are not schools. The
/// form's impossible values (more 100-point scores than participants, …) are real errors of real forms: each is
/// reported as a warning with its sheet, row and column and stored as unknown (null), so that the rest of the form
/// imports; what the form cannot mean at all (text in a count, a school without a municipality) is an error.
/// </summary>
internal sealed class EgeSheetReader(string sheet, EgeSheetLayout layout, ExportContext context)
{
    private const int Grade = 11;
    private const int TestScoreMax = 100;
    private const int MarkScaleMax = 5;
    private const double LowestMark = 2;

    private readonly Dictionary<string, string> _procedures = [];
    private readonly HashSet<string> _meanMarkWarned = [];
    private readonly SubtotalCheck _subtotals = new(sheet, layout, context);
    private string? _municipality;

    public void Read(IEnumerator<SheetRow> rows, CancellationToken cancellationToken)
    {
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (row.IsBlank) continue;
            var municipality = row.Cell(layout.MunicipalityColumn);
            var school = row.Cell(layout.SchoolColumn);
            if (IsColumnNumbers(municipality, school)) continue;
            if (IsTotal(municipality) || IsTotal(school))
            {
                _subtotals.Close();
                continue;
            }
            if (school.Length == 0)
            {
                if (municipality.Length == 0)
                {
                    context.Error(Place(row), EgeSheetLayout.Column(layout.SchoolColumn, "Образовательная организация"),
                        ImportCodes.EgeFormLayout, "в строке с результатами нет ни школы, ни муниципального образования");
                    continue;
                }
                // The municipality's own row carries its subtotals; its schools follow with the municipality blank.
                _municipality = municipality;
                _subtotals.Open(row);
                continue;
            }
            if (municipality.Length > 0) _municipality = municipality;
            if (_municipality is null)
            {
                context.Error(Place(row), EgeSheetLayout.Column(layout.MunicipalityColumn, "Муниципальное образование"),
                    ImportCodes.EgeFormLayout, $"у школы «{school}» не указано муниципальное образование, и выше нет строки муниципалитета");
                continue;
            }
            ReadSchool(row, _municipality, school);
        }
        _subtotals.Close();
    }

    private void ReadSchool(SheetRow row, string municipality, string school)
    {
        var graduates = Number(row, layout.GraduatesColumn, "Всего выпускников", whole: true);
        string? schoolCode = null;
        foreach (var block in layout.Blocks)
        {
            var values = new double?[EgeSheetLayout.Measures.Length];
            var readable = true;
            for (var m = 0; m < values.Length; m++)
            {
                values[m] = Number(row, block.Column + m, Header(block, m), whole: m < values.Length - 1, out var bad);
                readable &= !bad;
            }
            if (!readable) continue;
            var participants = (int)(values[0] ?? 0);
            _subtotals.Add(block, participants);
            if (participants < 0)
            {
                Warn(row, block, 0, ImportCodes.EgeFormValueDropped, $"число участников {participants} отрицательное: предмет школы не сохранён");
                continue;
            }
            var mean = values[4];
            if (participants == 0)
            {
                if (mean > 0)
                    Warn(row, block, 4, ImportCodes.EgeFormMeanWithoutParticipants,
                        $"средний балл {Format(mean.Value)} при нуле участников: не сохранён");
                continue;
            }
            if (participants > graduates)
                Warn(row, block, 0, ImportCodes.EgeFormAboveGraduates,
                    $"участников ({participants}) больше, чем выпускников школы, сдававших ЕГЭ ({graduates}): сохранено как в форме, проверьте форму");

            // Blank counts mean 0 (the form leaves zeros empty).
            var below = Count(row, block, 1, (int)(values[1] ?? 0), participants);
            var high = Count(row, block, 2, (int)(values[2] ?? 0), participants);
            var top = Count(row, block, 3, (int)(values[3] ?? 0), participants);
            if (high is not null && top is not null && high + top > participants)
            {
                Warn(row, block, 3, ImportCodes.EgeFormValueDropped,
                    $"высокобалльников 80–99 ({high}) и стобалльников ({top}) вместе больше, чем участников ({participants}): оба числа не сохранены");
                high = top = null;
            }
            var (meanScore, meanMark) = Mean(row, block, mean);

            schoolCode ??= context.SchoolByName(Place(row), context.MunicipalityByName(Place(row), municipality), school);
            context.Draft.AddSchoolResult(Place(row), Procedure(block), schoolCode, participants,
                belowMinimum: below, score80To99: high, score100: top, meanScore: meanScore, meanMark: meanMark);
        }
    }

    private int? Count(SheetRow row, SubjectBlock block, int measure, int count, int participants)
    {
        if (count >= 0 && count <= participants) return count;
        Warn(row, block, measure, ImportCodes.EgeFormValueDropped, count < 0
            ? $"число {count} отрицательное: не сохранено"
            : $"{count} больше, чем участников ({participants}): число не сохранено");
        return null;
    }

    /// <summary>
    /// Basic mathematics has no test points: its forms give the mean mark (2–5), which is stored as the mean mark and
    /// reported once per sheet, so that nobody reads it as a score of 4 points out of 100.
    /// </summary>
    private (double? Score, double? Mark) Mean(SheetRow row, SubjectBlock block, double? mean)
    {
        if (mean is null) return (null, null);
        if (block.IsBasicMathematics)
        {
            if (mean is >= LowestMark and <= MarkScaleMax)
            {
                if (_meanMarkWarned.Add(block.Subject))
                    Warn(row, block, 4, ImportCodes.EgeFormMeanMark,
                        $"средний балл «{block.Name}» дан по пятибалльной шкале ({Format(mean.Value)}): на листе он сохранён как средняя отметка, а не средний тестовый балл");
                return (null, mean);
            }
            Warn(row, block, 4, ImportCodes.EgeFormValueDropped,
                $"средняя отметка {Format(mean.Value)} вне шкалы 2–5: не сохранена");
            return (null, null);
        }
        if (mean is >= 0 and <= TestScoreMax) return (mean, null);
        Warn(row, block, 4, ImportCodes.EgeFormValueDropped, $"средний балл {Format(mean.Value)} вне шкалы 0–100: не сохранён");
        return (null, null);
    }

    private string Procedure(SubjectBlock block)
    {
        if (_procedures.TryGetValue(block.Subject, out var code)) return code;
        code = ExportContext.ProcedureCode(ProcedureKind.Ege, layout.Year, block.Subject, Grade);
        if (context.DraftProcedureOnce(code))
            context.Draft.AddProcedure(new SourcePlace(sheet, block.HeaderRow), code, "EGE", block.Subject, Grade, layout.Year,
                block.IsBasicMathematics ? MarkScaleMax : TestScoreMax);
        return _procedures[block.Subject] = code;
    }

    private double? Number(SheetRow row, int column, string header, bool whole) => Number(row, column, header, whole, out _);

    /// <summary>A number of the form; blank (and the form's «х», «-» for "not applicable") is null.</summary>
    private double? Number(SheetRow row, int column, string header, bool whole, out bool bad)
    {
        bad = false;
        var text = row.Cell(column);
        if (text.Length == 0 || text is "-" or "х" or "Х" or "x" or "X") return null;
        if (Numbers.TryParseDouble(text, out var value) && (!whole || value == Math.Floor(value))) return value;
        bad = true;
        context.Error(Place(row), EgeSheetLayout.Column(column, header), ImportCodes.EgeFormBadNumber,
            whole ? $"«{text}» — не целое число" : $"«{text}» — не число");
        return null;
    }

    private void Warn(SheetRow row, SubjectBlock block, int measure, string code, string message) =>
        context.Warning(Place(row), EgeSheetLayout.Column(block.Column + measure, Header(block, measure)), code, message);

    private static string Header(SubjectBlock block, int measure) => $"{block.Name}: {EgeSheetLayout.Measures[measure]}";

    private SourcePlace Place(SheetRow row) => new(sheet, row.Number);

    private static bool IsTotal(string name)
    {
        var key = EgeSheetLayout.Key(name);
        return key.StartsWith("всего", StringComparison.Ordinal) || key.StartsWith("итого", StringComparison.Ordinal);
    }

    /// <summary>The ЕАО numbers its columns in a row under the header: 1, 2, 3, …</summary>
    private static bool IsColumnNumbers(string municipality, string school) =>
        int.TryParse(municipality, NumberStyles.None, CultureInfo.InvariantCulture, out _)
        && int.TryParse(school, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
