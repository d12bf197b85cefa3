using Orientir.Domain.Results;

namespace Orientir.Data.Import;

/// <summary>Reads procedures.csv and tasks.csv, checking every row.</summary>
internal static class ProcedureFiles
{
    public const int MinGrade = 1;
    public const int MaxGrade = 11;

    public static List<ProcedureRow> ReadProcedures(PackageFile file, FileErrors errors, List<ImportError> warnings,
        PackageContent content)
    {
        var rows = new List<ProcedureRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        string[] required = ["code", "kind", "subject", "grade", "year", "max_score"];
        table.WarnUnknownColumns([.. required, "mark_thresholds", "min_score"], warnings);
        if (!table.RequireColumns(required)) return rows;
        int code = table.Ordinal("code"), kind = table.Ordinal("kind"), subject = table.Ordinal("subject"),
            grade = table.Ordinal("grade"), year = table.Ordinal("year"), max = table.Ordinal("max_score"),
            thresholds = table.Ordinal("mark_thresholds"), min = table.Ordinal("min_score");
        content.ProceduresMaxHeader = table.Header(max);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var c = table.Required(code, 64);
            if (c is not null && RegistryFiles.Unique(table, code, c, seen)) content.ProcedureCodes.Add(c);
            ProcedureKind procedureKind = default;
            if (table.Required(kind, int.MaxValue) is { } k && !Vocabulary.TryKind(k, out procedureKind))
                errors.Add(table.Line, table.Header(kind), ImportCodes.UnknownValue,
                    $"неизвестный вид процедуры «{k}»: ожидается {Vocabulary.KindHint}");
            var s = table.Required(subject, 32);
            var g = table.Int(grade, required: true, out _);
            if (g is < MinGrade or > MaxGrade)
                errors.Add(table.Line, table.Header(grade), ImportCodes.GradeOutOfRange,
                    $"класс {g} вне диапазона {MinGrade}–{MaxGrade}");
            var y = table.Int(year, required: true, out _);
            var m = table.Int(max, required: true, out _);
            if (m < 1)
                errors.Add(table.Line, table.Header(max), ImportCodes.BadMaxScore,
                    $"максимальный балл должен быть положительным ({m})");

            MarkThresholds? scale = null;
            if (table.Text(thresholds) is { } text)
            {
                if (!MarkThresholds.TryParse(text, out scale))
                    errors.Add(table.Line, table.Header(thresholds), ImportCodes.BadThresholds,
                        $"пороги отметок «{text}» не разбираются: ожидается вид 3:10;4:18;5:25");
                else if (m >= 1 && !scale!.IsOrderedWithin(m.Value))
                    errors.Add(table.Line, table.Header(thresholds), ImportCodes.BadThresholds,
                        $"пороги отметок «{text}» должны возрастать (3 < 4 < 5) и не превышать максимальный балл {m}");
            }

            var minScore = table.Int(min, required: false, out _);
            if (minScore is { } ms && (ms < 0 || (m >= 1 && ms > m)))
                errors.Add(table.Line, table.Header(min), ImportCodes.BadMinScore,
                    $"минимальный балл {ms} вне диапазона 0–{m}");

            if (errors.Count > before || c is null || s is null || g is null || y is null || m is null) continue;
            rows.Add(new ProcedureRow(table.Line, c, procedureKind, s, g.Value, y.Value, m.Value, scale, minScore));
        }
        return rows;
    }

    public static Dictionary<string, List<TaskRow>> ReadTasks(PackageFile file, FileErrors errors, List<ImportError> warnings,
        PackageContent content, Func<string, bool> procedureExists)
    {
        var tasks = new Dictionary<string, List<TaskRow>>(StringComparer.Ordinal);
        using var table = CsvTable.Open(file, errors);
        if (table is null) return tasks;
        string[] required = ["procedure_code", "task", "max_score", "level"];
        table.WarnUnknownColumns([.. required, "skills"], warnings);
        if (!table.RequireColumns(required)) return tasks;
        int procedure = table.Ordinal("procedure_code"), label = table.Ordinal("task"), max = table.Ordinal("max_score"),
            level = table.Ordinal("level"), skills = table.Ordinal("skills");
        content.TasksProcedureHeader = table.Header(procedure);
        content.TasksMaxHeader = table.Header(max);
        var labels = new Dictionary<(string, string), int>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var p = table.Required(procedure, 64);
            if (p is not null && !procedureExists(p))
            {
                errors.Add(table.Line, table.Header(procedure), ImportCodes.UnknownProcedure,
                    $"процедура «{p}» не найдена ни в procedures.csv, ни в базе");
                unknown.Add(p);
            }
            var l = table.Required(label, 32);
            if (p is not null && l is not null && !labels.TryAdd((p, l.ToUpperInvariant()), table.Line))
                errors.Add(table.Line, table.Header(label), ImportCodes.DuplicateCode,
                    $"задание «{l}» процедуры «{p}» повторяется (уже было в строке {labels[(p, l.ToUpperInvariant())]})");
            var m = table.Int(max, required: true, out _);
            if (m is < 1 or > Domain.Results.AssessmentTask.LargestMaxScore)
                errors.Add(table.Line, table.Header(max), ImportCodes.TaskMaxOutOfRange,
                    $"максимальный балл задания {m} вне диапазона 1–{Domain.Results.AssessmentTask.LargestMaxScore}");
            TaskLevel taskLevel = default;
            if (table.Required(level, int.MaxValue) is { } lv && !Vocabulary.TryLevel(lv, out taskLevel))
                errors.Add(table.Line, table.Header(level), ImportCodes.UnknownValue,
                    $"неизвестный уровень задания «{lv}»: ожидается {Vocabulary.LevelHint}");
            var skillCodes = table.Text(skills)?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

            if (errors.Count > before || p is null || l is null || m is null)
            {
                if (p is not null) content.ProceduresWithBadTasks.Add(p);
                continue;
            }
            if (!tasks.TryGetValue(p, out var list)) tasks[p] = list = [];
            list.Add(new TaskRow(table.Line, l, m.Value, taskLevel, skillCodes));
        }
        return tasks;
    }
}
