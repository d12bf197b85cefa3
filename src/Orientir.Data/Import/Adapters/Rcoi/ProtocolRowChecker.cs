using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>
/// Checks every data row of a protocol against its design and writes the valid ones into the draft's results file,
/// with their municipality and school. Every problem is reported at the protocol's sheet, row and column; the names
/// of the participants are never read.
/// </summary>
internal sealed class ProtocolRowChecker(ExportContext context, ProtocolColumns columns, ProtocolDesign design,
    ProcedureKind kind, string? sheet)
{
    private const int CodeLength = 64;
    private const int LabelLength = 16;

    private readonly Dictionary<string, int> _participants = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (int TestScore, int Row)> _testScores = [];
    private readonly int?[] _scores = new int?[design.Labels.Length];

    public int Rows { get; private set; }

    public void CheckAll(IEnumerable<SheetRow> rows, ResultsDraft results, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Rows++;
            Check(row, results);
        }
        CheckMonotone();
    }

    private void Check(SheetRow row, ResultsDraft results)
    {
        var place = new SourcePlace(sheet, row.Number);
        var errors = context.Errors.Count;
        var municipality = Code(row, place, ProtocolColumn.Municipality);
        var school = Code(row, place, ProtocolColumn.School);
        var participant = columns.Has(ProtocolColumn.Participant)
            ? Code(row, place, ProtocolColumn.Participant)
            : "row-" + row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var classLabel = Label(row, place, ProtocolColumn.Class);
        var variant = Label(row, place, ProtocolColumn.Variant);
        var sum = ShortScores(row, place) + ExpandedScores(row, place);
        var primary = Number(row, place, ProtocolColumn.PrimaryScore, required: true);
        if (primary is { } p && context.Errors.Count == errors && p != sum)
            context.Error(place, columns.Header(ProtocolColumn.PrimaryScore), ImportCodes.PrimaryScoreMismatch,
                $"первичный балл {p} не равен сумме баллов за задания {sum}");
        var testScore = Number(row, place, ProtocolColumn.TestScore, required: kind == ProcedureKind.Ege);
        if (testScore is < 0 or > 100)
            context.Error(place, columns.Header(ProtocolColumn.TestScore), ImportCodes.TestScoreOutOfRange,
                $"тестовый балл {testScore} вне диапазона 0–100");
        else if (testScore is { } t && primary is { } q) RememberTestScore(place, q, t);
        var mark = Number(row, place, ProtocolColumn.Mark, required: false);
        if (mark is < 2 or > 5)
            context.Error(place, columns.Header(ProtocolColumn.Mark), ImportCodes.MarkOutOfRange, $"отметка {mark} вне диапазона 2–5");
        if (participant is not null && !_participants.TryAdd(participant, row.Number))
            context.Error(place, columns.Header(ProtocolColumn.Participant), ImportCodes.DuplicateParticipant,
                $"участник «{participant}» повторяется (уже был в строке {_participants[participant]})");
        if (context.Errors.Count != errors || municipality is null || school is null || participant is null) return;

        context.Municipality(place, municipality, NameOr(row, ProtocolColumn.MunicipalityName, municipality));
        context.School(place, school, municipality, NameOr(row, ProtocolColumn.SchoolName, school));
        results.Add(place, school, participant, classLabel, variant, null, _scores, primary, mark, testScore);
    }

    private int ShortScores(SheetRow row, SourcePlace place)
    {
        var column = columns.Header(ProtocolColumn.ShortAnswers);
        var parsed = AnswerStrings.ParseShort(columns.Cell(row, ProtocolColumn.ShortAnswers));
        if (!parsed.Ok)
        {
            context.Error(place, column, ImportCodes.ProtocolBadShortAnswer, parsed.Error!);
            return 0;
        }
        if (parsed.Tasks.Count != design.ShortCount)
        {
            context.Error(place, column, ImportCodes.ProtocolShortAnswerLength,
                $"в строке {parsed.Tasks.Count} заданий с кратким ответом, а в задании процедуры {design.ShortCount}");
            return 0;
        }
        return Scores(place, column, parsed.Tasks, offset: 0);
    }

    private int ExpandedScores(SheetRow row, SourcePlace place)
    {
        var column = columns.Header(ProtocolColumn.ExpandedAnswers);
        var parsed = AnswerStrings.ParseExpanded(columns.Cell(row, ProtocolColumn.ExpandedAnswers));
        if (!parsed.Ok)
        {
            context.Error(place, column, ImportCodes.ProtocolBadExpandedAnswer, parsed.Error!);
            return 0;
        }
        if (parsed.Tasks.Count != design.ExpandedCount)
        {
            context.Error(place, column, ImportCodes.ProtocolExpandedDesign,
                $"в строке {parsed.Tasks.Count} заданий с развёрнутым ответом, а в задании процедуры {design.ExpandedCount}");
            return 0;
        }
        for (var i = 0; i < parsed.Tasks.Count; i++)
        {
            var max = design.MaxScores[design.ShortCount + i];
            if (parsed.Tasks[i].MaxScore == max) continue;
            context.Error(place, column, ImportCodes.ProtocolExpandedDesign,
                $"задание {design.Labels[design.ShortCount + i]} оценивается из {max}, а в строке указано ({parsed.Tasks[i].MaxScore})");
            return 0;
        }
        return Scores(place, column, parsed.Tasks, design.ShortCount);
    }

    private int Scores(SourcePlace place, string column, IReadOnlyList<TaskAnswer> tasks, int offset)
    {
        var sum = 0;
        for (var i = 0; i < tasks.Count; i++)
        {
            var score = tasks[i].Score;
            var max = design.MaxScores[offset + i];
            if (score > max)
                context.Error(place, column, ImportCodes.ScoreAboveMax,
                    $"задание {design.Labels[offset + i]}: балл {score} больше максимума задания {max}");
            _scores[offset + i] = score;
            sum += score ?? 0;
        }
        return sum;
    }

    private void RememberTestScore(SourcePlace place, int primary, int testScore)
    {
        if (!_testScores.TryGetValue(primary, out var seen)) _testScores[primary] = (testScore, place.Row);
        else if (seen.TestScore != testScore)
            context.Error(place, columns.Header(ProtocolColumn.TestScore), ImportCodes.ProtocolTestScoreConflict,
                $"тестовый балл {testScore} при первичном балле {primary}, а в строке {seen.Row} при том же первичном балле — {seen.TestScore}");
    }

    /// <summary>The conversion scale is non-decreasing: more primary points never give a lower test score.</summary>
    private void CheckMonotone()
    {
        (int Primary, int TestScore, int Row)? highest = null;
        foreach (var (primary, (testScore, row)) in _testScores.OrderBy(p => p.Key))
        {
            if (highest is { } h && testScore < h.TestScore)
                context.Error(new SourcePlace(sheet, row), columns.Header(ProtocolColumn.TestScore), ImportCodes.ProtocolTestScoreNotMonotone,
                    $"тестовый балл {testScore} при первичном балле {primary} меньше, чем {h.TestScore} при первичном балле {h.Primary} " +
                    $"(строка {h.Row}): больше первичных баллов не может дать меньший тестовый балл");
            else highest = (primary, testScore, row);
        }
    }

    private string? Code(SheetRow row, SourcePlace place, ProtocolColumn column) =>
        Text(row, place, column, CodeLength, required: true);

    private string? Label(SheetRow row, SourcePlace place, ProtocolColumn column) =>
        Text(row, place, column, LabelLength, required: false);

    private string? Text(SheetRow row, SourcePlace place, ProtocolColumn column, int maxLength, bool required)
    {
        var value = columns.Cell(row, column);
        if (value.Length == 0)
        {
            if (required) context.Error(place, columns.Header(column), ImportCodes.MissingValue, "не заполнено обязательное значение");
            return null;
        }
        if (value.Length <= maxLength) return value;
        context.Error(place, columns.Header(column), ImportCodes.ValueTooLong, $"значение длиннее {maxLength} символов ({value.Length})");
        return null;
    }

    private int? Number(SheetRow row, SourcePlace place, ProtocolColumn column, bool required)
    {
        var value = columns.Cell(row, column);
        if (value.Length == 0)
        {
            if (required) context.Error(place, columns.Header(column), ImportCodes.MissingValue, "не заполнено обязательное значение");
            return null;
        }
        if (Numbers.TryParseInt(value, out var number)) return number;
        context.Error(place, columns.Header(column), ImportCodes.BadNumber, $"«{value}» — не целое число");
        return null;
    }

    private string NameOr(SheetRow row, ProtocolColumn column, string code) =>
        columns.Cell(row, column) is { Length: > 0 } name ? name : code;
}
