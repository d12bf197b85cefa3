using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.FisOko;

/// <summary>
/// Reads the participant rows of a sheet one at a time: checks every value against the header's tasks, matches the
/// municipality and school, and writes the work to the draft. Only the participant codes seen so far are kept (to
/// find a code twice) and the extremes of each mark's primary scores (to infer the scale).
/// </summary>
internal sealed class FisOkoWorks(FisOkoLayout layout, ExportContext context, ResultsDraft results)
{
    private readonly Dictionary<string, int> _participants = new(StringComparer.Ordinal);
    private readonly int?[] _scores = new int?[layout.Tasks.Count];

    public MarkScale Marks { get; } = new();

    public void Add(SourcePlace place, SheetRow row)
    {
        var errors = context.Errors.Count;
        var participant = Required(place, row, layout.Participant);
        var school = Required(place, row, layout.School);
        if (participant.Length > 0)
        {
            if (_participants.TryGetValue(participant, out var first))
                context.Error(place, layout.HeaderOf(layout.Participant), ImportCodes.FisOkoDuplicateParticipant,
                    $"участник «{participant}» повторяется (уже был в строке {first})");
            else _participants[participant] = place.Row;
        }

        var sum = 0;
        for (var i = 0; i < layout.Tasks.Count; i++)
        {
            var task = layout.Tasks[i];
            _scores[i] = Number(place, row, task.Column, 0, task.MaxScore, "балл", ImportCodes.FisOkoScoreOutOfRange);
            sum += _scores[i] ?? 0;
        }
        var primary = Number(place, row, layout.Primary, 0, int.MaxValue, "первичный балл", ImportCodes.FisOkoScoreOutOfRange);
        if (primary is { } given && given != sum && context.Errors.Count == errors)
            context.Error(place, layout.HeaderOf(layout.Primary), ImportCodes.FisOkoPrimaryMismatch,
                $"первичный балл {given} не равен сумме баллов за задания {sum}");
        var mark = Number(place, row, layout.Mark, 2, 5, "отметка", ImportCodes.FisOkoMarkOutOfRange);
        var journal = Number(place, row, layout.JournalMark, 2, 5, "отметка", ImportCodes.FisOkoMarkOutOfRange);
        var municipality = Municipality(place, row);
        if (context.Errors.Count != errors || municipality is null) return;

        var schoolName = layout.SchoolName >= 0 && row.Cell(layout.SchoolName).Length > 0 ? row.Cell(layout.SchoolName) : school;
        context.School(place, school, municipality, schoolName);
        results.Add(place, school, participant, Optional(row, layout.Class), Optional(row, layout.Variant), journal,
            _scores, primary, mark);
        Marks.Observe(primary ?? sum, mark);
    }

    /// <summary>
    /// The municipality's code: from «Код муниципалитета»/«Код МСУ» when the sheet has it (named by «Муниципалитет»),
    /// else «Муниципалитет» itself when it looks like a code, else matched or made from «Муниципалитет» as a name.
    /// </summary>
    private string? Municipality(SourcePlace place, SheetRow row)
    {
        var name = layout.Municipality >= 0 ? row.Cell(layout.Municipality) : "";
        if (layout.MunicipalityCode >= 0)
        {
            var code = Required(place, row, layout.MunicipalityCode);
            if (code.Length == 0) return null;
            context.Municipality(place, code, name.Length > 0 ? name : code);
            return code;
        }
        if (Required(place, row, layout.Municipality).Length == 0) return null;
        if (!FisOkoResultsAdapter.LooksLikeCode(name)) return context.MunicipalityByName(place, name);
        context.Municipality(place, name, name);
        return name;
    }

    private string Required(SourcePlace place, SheetRow row, int column)
    {
        var value = row.Cell(column);
        if (value.Length == 0)
            context.Error(place, layout.HeaderOf(column), ImportCodes.FisOkoMissingValue, "не заполнено обязательное значение");
        return value;
    }

    private static string? Optional(SheetRow row, int column) =>
        column >= 0 && row.Cell(column) is { Length: > 0 } value ? value : null;

    /// <summary>An integer in <paramref name="min"/>..<paramref name="max"/>, or null for a cell that means absent.</summary>
    private int? Number(SourcePlace place, SheetRow row, int column, int min, int max, string what, string rangeCode)
    {
        if (column < 0) return null;
        var cell = row.Cell(column);
        if (IsAbsent(cell)) return null;
        if (!Numbers.TryParseInt(cell, out var value))
        {
            context.Error(place, layout.HeaderOf(column), ImportCodes.FisOkoBadValue,
                $"«{cell}» — не {what}: ожидается целое число, X, Х, -, «нет отметки» или пусто");
            return null;
        }
        if (value >= min && value <= max) return value;
        var message = value < min && min == 0
            ? $"{what} {value} отрицательный"
            : max == int.MaxValue ? $"{what} {value} меньше {min}" : $"{what} {value} вне диапазона {min}–{max}";
        if (rangeCode == ImportCodes.FisOkoScoreOutOfRange && value > max)
            message = $"балл {value} больше максимума задания {max}";
        context.Error(place, layout.HeaderOf(column), rangeCode, message);
        return null;
    }

    /// <summary>A cell meaning "not done" or "no mark": empty, X, Х, a dash or «нет отметки».</summary>
    public static bool IsAbsent(string cell) =>
        Vocabulary.IsNotDone(cell) || FisOkoLayout.Key(cell) == "нет отметки";
}

/// <summary>
/// The scale the workbook's marks follow, if they follow one: each mark's smallest primary score, when every work has
/// a mark, marks 3, 4 and 5 all occur and the primary scores of a lower mark all lie below those of a higher one.
/// </summary>
internal sealed class MarkScale
{
    private readonly int[] _lowest = [int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue];
    private readonly int[] _highest = [int.MinValue, int.MinValue, int.MinValue, int.MinValue];
    private bool _someWithout;

    public bool Any { get; private set; }

    public void Observe(int primary, int? mark)
    {
        if (mark is not { } m)
        {
            _someWithout = true;
            return;
        }
        Any = true;
        _lowest[m - 2] = Math.Min(_lowest[m - 2], primary);
        _highest[m - 2] = Math.Max(_highest[m - 2], primary);
    }

    public MarkThresholds? Scale()
    {
        if (_someWithout || !Any || _lowest[1..].Any(l => l == int.MaxValue)) return null;
        var highestBelow = int.MinValue;
        for (var m = 0; m < 4; m++)
        {
            if (_lowest[m] == int.MaxValue) continue;
            if (_lowest[m] <= highestBelow) return null;
            highestBelow = _highest[m];
        }
        return new MarkThresholds(_lowest[1], _lowest[2], _lowest[3]);
    }
}
