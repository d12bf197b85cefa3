using Orientir.Domain.Results;

namespace Orientir.Data.Import;

/// <summary>The design a results file is read against: its procedure's tasks (in packed-score order) and mark scale.</summary>
internal sealed record ResultsDesign(string ProcedureCode, string[] Labels, byte[] MaxScores, MarkThresholds? Thresholds);

/// <summary>
/// Receives the checked works of a results file; the database writers implement it. <c>scores</c> is the reader's
/// buffer, reused for the next row: a sink copies it before returning, never keeps it.
/// </summary>
internal interface IWorkSink
{
    void Add(int schoolId, string participant, string? student, string? classLabel, string? variant,
        int? journalMark, byte[] scores, int primaryScore, int? mark, int? testScore);
}

/// <summary>
/// Streams one <c>results/&lt;procedure&gt;.csv</c>, checking every row and handing the good ones to a sink while the
/// file has no error (a file with one is rejected whole, so storing more of it is wasted). Memory does not grow
/// with the file but for the participant codes kept to find duplicates. With a sink, the bytes read are hashed as
/// well: a file that changed since it was fingerprinted is an error, so what is stored is what the batch names.
/// </summary>
internal static class ResultsFile
{
    public const int ProgressEvery = 10_000;
    public const int MaxTestScore = 100;

    private static readonly string[] Standard =
        ["school_code", "participant", "student", "class", "variant", "journal_mark", "primary_score", "mark", "test_score"];

    /// <returns>The number of data rows.</returns>
    public static int Read(PackageFile file, ResultsDesign design, IReadOnlyDictionary<string, int> schools,
        FileErrors errors, List<ImportError>? warnings, IWorkSink? sink, IProgress<ImportProgress>? progress,
        long? rowsTotal, CancellationToken cancellationToken)
    {
        using var table = CsvTable.Open(file, errors, hashContent: sink is not null);
        if (table is null) return 0;
        if (!ReadHeader(table, design, warnings, out var taskOrdinals)) return 0;
        int school = table.Ordinal("school_code"), participant = table.Ordinal("participant"), student = table.Ordinal("student"),
            classLabel = table.Ordinal("class"), variant = table.Ordinal("variant"), journal = table.Ordinal("journal_mark"),
            primary = table.Ordinal("primary_score"), markColumn = table.Ordinal("mark"),
            test = table.Ordinal("test_score");
        var participants = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        // A report at the start lets a listener time the file from its first row.
        progress?.Report(new ImportProgress(file.Name, 0, rowsTotal));
        var scores = new byte[taskOrdinals.Length];
        while (table.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            if (rows % ProgressEvery == 0) progress?.Report(new ImportProgress(file.Name, rows, rowsTotal));

            var schoolCode = table.Required(school, 64);
            var schoolId = 0;
            if (schoolCode is not null && !schools.TryGetValue(schoolCode, out schoolId))
                errors.Add(table.Line, table.Header(school), ImportCodes.UnknownSchool,
                    $"школа «{schoolCode}» не найдена ни в schools.csv, ни в базе");
            var code = table.Required(participant, 64);
            if (code is not null && !participants.TryAdd(code, table.Line))
                errors.Add(table.Line, table.Header(participant), ImportCodes.DuplicateParticipant,
                    $"участник «{code}» повторяется (уже был в строке {participants[code]})");
            var studentId = table.Optional(student, 64);
            var label = table.Optional(classLabel, 16);
            var variantLabel = table.Optional(variant, 16);
            var journalMark = Mark(table, journal);

            var sum = 0;
            var scoresOk = true;
            for (var i = 0; i < taskOrdinals.Length; i++)
            {
                var cell = table.Span(taskOrdinals[i]);
                if (Vocabulary.IsNotDone(cell))
                {
                    scores[i] = StudentWork.NotDone;
                    continue;
                }
                if (!Numbers.TryParseInt(cell, out var score))
                {
                    errors.Add(table.Line, table.Header(taskOrdinals[i]), ImportCodes.BadScore,
                        $"«{cell}» — не балл: ожидается целое число, X, Х, - или пусто");
                    scoresOk = false;
                }
                else if (score < 0)
                {
                    errors.Add(table.Line, table.Header(taskOrdinals[i]), ImportCodes.NegativeScore,
                        $"балл {score} отрицательный");
                    scoresOk = false;
                }
                else if (score > design.MaxScores[i])
                {
                    errors.Add(table.Line, table.Header(taskOrdinals[i]), ImportCodes.ScoreAboveMax,
                        $"балл {score} больше максимума задания {design.MaxScores[i]}");
                    scoresOk = false;
                }
                else
                {
                    scores[i] = (byte)score;
                    sum += score;
                }
            }

            var primaryScore = table.Int(primary, required: false, out _);
            if (scoresOk && primaryScore is { } given && given != sum)
                errors.Add(table.Line, table.Header(primary), ImportCodes.PrimaryScoreMismatch,
                    $"первичный балл {given} не равен сумме баллов за задания {sum}");
            var mark = Mark(table, markColumn);
            if (scoresOk && mark is { } m && design.Thresholds is { } scale && scale.MarkFor(sum) != m)
                errors.Add(table.Line, table.Header(markColumn), ImportCodes.MarkMismatch,
                    $"отметка {m} не соответствует первичному баллу {sum} по шкале {scale}");

            var testScore = table.Int(test, required: false, out _);
            if (testScore is < 0 or > MaxTestScore)
                errors.Add(table.Line, table.Header(test), ImportCodes.TestScoreOutOfRange,
                    $"тестовый балл {testScore} вне диапазона 0–{MaxTestScore}");

            if (sink is null || errors.Any) continue;
            sink.Add(schoolId, code!, studentId, label, variantLabel, journalMark, scores, sum,
                mark ?? design.Thresholds?.MarkFor(sum), testScore);
        }
        if (sink is not null && !errors.Any && table.ContentSha256() != file.Sha256)
            errors.Add(0, "", ImportCodes.FileChanged, "файл изменился во время загрузки: ничего не сохранено, повторите загрузку");
        progress?.Report(new ImportProgress(file.Name, rows, rowsTotal is null ? null : rows));
        return rows;
    }

    /// <summary>Matches the task columns; a header that is neither a standard column nor a task is an error when it
    /// looks like a task label (starts with a digit), else a warning.</summary>
    private static bool ReadHeader(CsvTable table, ResultsDesign design, List<ImportError>? warnings, out int[] taskOrdinals)
    {
        var ok = table.RequireColumns("school_code", "participant");
        taskOrdinals = new int[design.Labels.Length];
        for (var i = 0; i < design.Labels.Length; i++)
        {
            taskOrdinals[i] = table.Ordinal(design.Labels[i]);
            if (taskOrdinals[i] >= 0) continue;
            table.Errors.Add(table.HeaderLine, design.Labels[i], ImportCodes.MissingTaskColumn,
                $"нет столбца задания «{design.Labels[i]}» процедуры «{design.ProcedureCode}»");
            ok = false;
        }
        var known = new HashSet<string>([.. Standard, .. design.Labels], StringComparer.OrdinalIgnoreCase);
        foreach (var header in table.Headers)
        {
            if (header.Length == 0 || known.Contains(header)) continue;
            if (char.IsAsciiDigit(header[0]))
            {
                table.Errors.Add(table.HeaderLine, header, ImportCodes.UnknownTaskColumn,
                    $"задания «{header}» нет в tasks.csv для процедуры «{design.ProcedureCode}»");
                ok = false;
            }
            else
            {
                warnings?.Add(new ImportError(table.File.Name, table.HeaderLine, header, ImportCodes.UnknownColumn, "неизвестный столбец пропущен"));
            }
        }
        return ok;
    }

    private static int? Mark(CsvTable table, int ordinal)
    {
        var mark = table.Int(ordinal, required: false, out _);
        if (mark is null or (>= 2 and <= 5)) return mark;
        table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.MarkOutOfRange, $"отметка {mark} вне диапазона 2–5");
        return null;
    }
}
