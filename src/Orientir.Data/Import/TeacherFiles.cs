using Orientir.Domain.Staff;

namespace Orientir.Data.Import;

/// <summary>What the teacher files may refer to: the package's codes and the database's, together.</summary>
internal sealed record TeacherReferences(Func<string, bool> SchoolExists, Func<string, bool> SubjectExists,
    Func<string, bool> TeacherExists, Func<string, bool> CompetenceExists);

/// <summary>Reads teachers.csv, teacher_classes.csv and teacher_diagnostics.csv, checking every row.</summary>
internal static class TeacherFiles
{
    public const int MaxExperienceYears = 70;

    public static List<TeacherRow> ReadTeachers(PackageFile file, FileErrors errors, List<ImportError> warnings,
        PackageContent content, TeacherReferences references)
    {
        var rows = new List<TeacherRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        string[] required = ["code", "school_code", "subjects", "experience_years"];
        table.WarnUnknownColumns([.. required, "category"], warnings);
        if (!table.RequireColumns(required)) return rows;
        int code = table.Ordinal("code"), school = table.Ordinal("school_code"), subjects = table.Ordinal("subjects"),
            experience = table.Ordinal("experience_years"), category = table.Ordinal("category");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var c = table.Required(code, 64);
            if (c is not null)
            {
                // Known even on a bad row, so that the teacher's classes and diagnostics do not fail as well.
                content.TeacherCodes.Add(c);
                RegistryFiles.Unique(table, code, c, seen);
            }
            var s = table.Required(school, 64);
            if (s is not null) CheckSchool(table, school, s, references);
            var subjectList = table.Required(subjects, 200) is { } text ? Subjects(table, subjects, text, references) : null;
            var years = table.Int(experience, required: true, out _);
            if (years is < 0 or > MaxExperienceYears)
                errors.Add(table.Line, table.Header(experience), ImportCodes.ExperienceOutOfRange,
                    $"стаж {years} вне диапазона 0–{MaxExperienceYears} лет");
            var teacherCategory = TeacherCategory.None;
            if (table.Text(category) is { } k && !Vocabulary.TryCategory(k, out teacherCategory))
                errors.Add(table.Line, table.Header(category), ImportCodes.UnknownValue,
                    $"неизвестная категория «{k}»: ожидается {Vocabulary.CategoryHint}");

            if (errors.Count > before || c is null || s is null || subjectList is null || years is null) continue;
            rows.Add(new TeacherRow(table.Line, c, s, subjectList, years.Value, teacherCategory));
        }
        return rows;
    }

    public static List<TeacherClassRow> ReadClasses(PackageFile file, FileErrors errors, List<ImportError> warnings,
        TeacherReferences references)
    {
        var rows = new List<TeacherClassRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        string[] required = ["teacher_code", "school_code", "class", "subject", "year"];
        table.WarnUnknownColumns(required, warnings);
        if (!table.RequireColumns(required)) return rows;
        int teacher = table.Ordinal("teacher_code"), school = table.Ordinal("school_code"), label = table.Ordinal("class"),
            subject = table.Ordinal("subject"), year = table.Ordinal("year");
        var seen = new Dictionary<(string, int, string, string, string), int>();
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var t = table.Required(teacher, 64);
            if (t is not null) CheckTeacher(table, teacher, t, references);
            var s = table.Required(school, 64);
            if (s is not null) CheckSchool(table, school, s, references);
            var l = table.Required(label, 32);
            var subj = table.Required(subject, 32);
            if (subj is not null) CheckSubject(table, subject, subj, references);
            var y = table.Int(year, required: true, out _);
            if (t is not null && s is not null && l is not null && subj is not null && y is not null
                && !seen.TryAdd((t, y.Value, s, l, subj), table.Line))
                errors.Add(table.Line, table.Header(label), ImportCodes.DuplicateCode,
                    $"класс «{l}» по предмету «{subj}» у педагога «{t}» в {y} году повторяется (уже был в строке {seen[(t, y.Value, s, l, subj)]})");

            if (errors.Count > before || t is null || s is null || l is null || subj is null || y is null) continue;
            rows.Add(new TeacherClassRow(table.Line, t, s, l, subj, y.Value));
        }
        return rows;
    }

    public static List<TeacherDiagnosticRow> ReadDiagnostics(PackageFile file, FileErrors errors, List<ImportError> warnings,
        PackageContent content, TeacherReferences references)
    {
        var rows = new List<TeacherDiagnosticRow>();
        using var table = CsvTable.Open(file, errors);
        if (table is null) return rows;
        string[] required = ["teacher_code", "procedure", "year", "competence", "score", "max_score"];
        table.WarnUnknownColumns(required, warnings);
        if (!table.RequireColumns(required)) return rows;
        int teacher = table.Ordinal("teacher_code"), procedure = table.Ordinal("procedure"), year = table.Ordinal("year"),
            competence = table.Ordinal("competence"), score = table.Ordinal("score"), max = table.Ordinal("max_score");
        var seen = new Dictionary<(string, string, string), int>();
        while (table.Read())
        {
            file.Rows++;
            var before = errors.Count;
            var t = table.Required(teacher, 64);
            if (t is not null) CheckTeacher(table, teacher, t, references);
            var p = table.Required(procedure, 64);
            var y = table.Int(year, required: true, out _);
            var c = table.Required(competence, 64);
            if (t is not null && p is not null && c is not null && !seen.TryAdd((t, p, c), table.Line))
                errors.Add(table.Line, table.Header(competence), ImportCodes.DuplicateCode,
                    $"компетенция «{c}» педагога «{t}» в диагностике «{p}» повторяется (уже была в строке {seen[(t, p, c)]})");
            var sc = Number(table, score);
            var mx = Number(table, max);
            if (mx is <= 0)
                errors.Add(table.Line, table.Header(max), ImportCodes.BadDiagnosticMax,
                    $"максимальный балл должен быть положительным ({mx})");
            if (sc is < 0)
                errors.Add(table.Line, table.Header(score), ImportCodes.BadDiagnosticScore, $"балл не может быть отрицательным ({sc})");
            else if (sc > mx && mx > 0)
                errors.Add(table.Line, table.Header(score), ImportCodes.BadDiagnosticScore, $"балл {sc} больше максимального {mx}");

            if (errors.Count > before || t is null || p is null || y is null || c is null || sc is null || mx is null) continue;
            if (!references.CompetenceExists(c) && content.NewCompetences.Add(c))
                warnings.Add(new ImportError(file.Name, table.Line, table.Header(competence), ImportCodes.NewCompetence,
                    $"компетенция «{c}» новая: она добавлена в справочник с кодом вместо названия"));
            rows.Add(new TeacherDiagnosticRow(table.Line, t, p, y.Value, c, sc.Value, mx.Value));
        }
        return rows;
    }

    private static double? Number(CsvTable table, int ordinal)
    {
        var value = table.Double(ordinal, out var bad);
        if (value is null && !bad)
            table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.MissingValue, "не заполнено обязательное значение");
        return value;
    }

    /// <summary>The subjects normalised to <c>RU|MA</c>; null (reported) when none is given or one is unknown.</summary>
    private static string? Subjects(CsvTable table, int ordinal, string text, TeacherReferences references)
    {
        var codes = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.MissingValue, "не указан ни один предмет");
            return null;
        }
        var ok = true;
        foreach (var code in codes) ok &= CheckSubject(table, ordinal, code, references);
        return ok ? string.Join('|', codes) : null;
    }

    private static bool CheckSubject(CsvTable table, int ordinal, string subject, TeacherReferences references)
    {
        if (references.SubjectExists(subject)) return true;
        table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.UnknownSubject,
            $"предмет «{subject}» не встречается ни в procedures.csv, ни в базе: укажите код предмета, как в процедурах (например, RU, MA)");
        return false;
    }

    private static void CheckSchool(CsvTable table, int ordinal, string school, TeacherReferences references)
    {
        if (!references.SchoolExists(school))
            table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.UnknownSchool,
                $"школа «{school}» не найдена ни в schools.csv, ни в базе");
    }

    private static void CheckTeacher(CsvTable table, int ordinal, string teacher, TeacherReferences references)
    {
        if (!references.TeacherExists(teacher))
            table.Errors.Add(table.Line, table.Header(ordinal), ImportCodes.UnknownTeacher,
                $"педагог «{teacher}» не найден ни в teachers.csv, ни в базе");
    }
}
