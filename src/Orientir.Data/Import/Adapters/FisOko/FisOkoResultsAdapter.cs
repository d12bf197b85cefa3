using System.Text.RegularExpressions;

namespace Orientir.Data.Import.Adapters.FisOko;

/// <summary>
/// The ФИС ОКО «Индивидуальные результаты» workbook of a ВПР or РПР (docs/adapters/fis-oko-results.md): a title
/// naming the procedure, a row of task levels, the header row, then one row per participant. The first sheet that
/// holds the header row is read, row by row, straight into the draft; ФИО and Пол are never read.
/// </summary>
public sealed partial class FisOkoResultsAdapter : IExportAdapter
{
    /// <summary>How far down a sheet the header row may be.</summary>
    private const int HeaderSearchRows = 30;

    public string Title => "ФИС ОКО: индивидуальные результаты";

    /// <summary>A workbook with the header row or a ВПР/РПР title near the top of a sheet (a title alone, so that a
    /// workbook whose header is damaged gets this adapter's message about it).</summary>
    public bool Recognizes(ExportFile file) =>
        file.IsWorkbook && WorkbookRows.SheetNames(file.Path).Any(sheet => WorkbookRows.Read(file.Path, sheet)
            .Take(HeaderSearchRows).Any(row => FisOkoLayout.IsHeader(row) || FisOkoLayout.Title(sheet, row) is not null));

    public void Translate(ExportFile file, ExportContext context, CancellationToken cancellationToken)
    {
        var sheets = WorkbookRows.SheetNames(file.Path);
        string? chosen = null;
        foreach (var sheet in sheets)
        {
            if (!HasHeader(file.Path, sheet)) continue;
            if (chosen is null)
            {
                chosen = sheet;
                TranslateSheet(file.Path, sheet, context, cancellationToken);
            }
            else
            {
                context.Warning(new SourcePlace(sheet, 0), "", ImportCodes.FisOkoSheetSkipped,
                    $"лист пропущен: результаты читаются с первого листа с таблицей участников («{chosen}»); загрузите этот лист отдельным файлом");
            }
        }
        if (chosen is null)
            context.Error(new SourcePlace(sheets.FirstOrDefault(), 0), "", ImportCodes.FisOkoNoHeader,
                $"ни на одном листе в первых {HeaderSearchRows} строках нет строки заголовка со столбцами «{FisOkoLayout.SchoolHeader}» и «{FisOkoLayout.ParticipantHeader}»");
    }

    private static bool HasHeader(string path, string sheet) =>
        WorkbookRows.Read(path, sheet).Take(HeaderSearchRows).Any(FisOkoLayout.IsHeader);

    private static void TranslateSheet(string path, string sheet, ExportContext context, CancellationToken cancellationToken)
    {
        using var rows = WorkbookRows.Read(path, sheet).GetEnumerator();
        FisOkoTitle? title = null;
        SheetRow? above = null;
        while (rows.MoveNext() && !FisOkoLayout.IsHeader(rows.Current))
        {
            title ??= FisOkoLayout.Title(sheet, rows.Current);
            above = rows.Current;
        }
        var header = rows.Current;
        var headerPlace = new SourcePlace(sheet, header.Number);
        var layout = FisOkoLayout.Parse(sheet, header, above, context);
        if (title is null)
        {
            context.Error(new SourcePlace(sheet, 1), "", ImportCodes.FisOkoNoTitle,
                "над таблицей нет заголовка вида «ВПР 2025 Русский язык 4 класс»: по нему определяются процедура, год, предмет и класс");
            return;
        }
        var subject = context.Subjects.CodeOf(title.SubjectName);
        if (subject is null)
        {
            context.Error(title.Place, title.Cell, ImportCodes.FisOkoUnknownSubject,
                $"предмет «{title.SubjectName}» (ячейка {title.Cell}) не найден в таблице синонимов предметов: добавьте это название с кодом предмета в таблицу синонимов (SubjectSynonyms) и загрузите файл снова");
            return;
        }
        if (context.HasErrors) return;

        var code = ExportContext.ProcedureCode(title.Kind, title.Year, subject, title.Grade);
        var known = context.Procedure(code);
        if (known is not null && DiffersFromStored(known, layout, headerPlace, context)) return;
        var drafting = known is null && context.DraftProcedureOnce(code);
        if (drafting) DraftTasks(code, layout, sheet, above, context);
        if (context.HasErrors) return;

        var works = new FisOkoWorks(layout, context, context.Draft.Results(code, [.. layout.Tasks.Select(t => t.Label)]));
        var participantRows = 0;
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rows.Current.IsBlank) continue;
            participantRows++;
            works.Add(new SourcePlace(sheet, rows.Current.Number), rows.Current);
        }
        if (participantRows == 0)
        {
            context.Error(headerPlace, "", ImportCodes.FisOkoNoWorks, "под строкой заголовка нет ни одной строки участника");
            return;
        }
        if (!drafting) return;

        var maxScore = layout.Tasks.Sum(t => t.MaxScore);
        var scale = works.Marks.Scale();
        if (scale is null && works.Marks.Any)
            context.Warning(headerPlace, layout.HeaderOf(layout.Mark), ImportCodes.FisOkoMarksWithoutScale,
                "пороги отметок не выводятся из выгрузки (отметки есть не у всех участников или не следуют первичному баллу): процедура создана без шкалы, отметки сохранены как в выгрузке");
        context.Draft.AddProcedure(title.Place, code, Vocabulary.KindCode(title.Kind), subject, title.Grade, title.Year,
            maxScore, scale?.ToString());
    }

    /// <summary>Whether the workbook's tasks differ from the stored procedure's; the difference is an error.</summary>
    private static bool DiffersFromStored(KnownProcedure known, FisOkoLayout layout, SourcePlace place, ExportContext context)
    {
        var stored = known.Tasks;
        var found = layout.Tasks;
        if (stored.Count == found.Count && stored.Select((t, i) => t.Label == found[i].Label && t.MaxScore == found[i].MaxScore).All(same => same))
            return false;
        var first = Enumerable.Range(0, Math.Min(stored.Count, found.Count))
            .FirstOrDefault(i => stored[i].Label != found[i].Label || stored[i].MaxScore != found[i].MaxScore, -1);
        var difference = first >= 0
            ? $"задание № {first + 1}: в базе «{stored[first].Label}» ({stored[first].MaxScore}б), в выгрузке «{found[first].Header}»"
            : $"в базе {stored.Count} заданий, в выгрузке {found.Count}";
        context.Error(place, first >= 0 ? found[first].Header : "", ImportCodes.FisOkoTasksDiffer,
            $"задания процедуры «{known.Code}» в базе другие: {difference}. В базе: {Describe(stored)}; в выгрузке: " +
            $"{Describe([.. found.Select(t => (t.Label, t.MaxScore))])}. Проверьте, та ли это процедура; чтобы заменить задания, загрузите пакет с tasks.csv и результатами");
        return true;
    }

    private static string Describe(IReadOnlyList<(string Label, int MaxScore)> tasks) =>
        string.Join(", ", tasks.Select(t => $"{t.Label} ({t.MaxScore}б)"));

    /// <summary>Drafts the tasks of a procedure the database lacks: each needs its level above its column.</summary>
    private static void DraftTasks(string code, FisOkoLayout layout, string sheet, SheetRow? levels, ExportContext context)
    {
        var place = new SourcePlace(sheet, layout.HeaderRow);
        foreach (var task in layout.Tasks)
        {
            if (task.Level is not { } level)
            {
                if (task.LevelCell.Length == 0)
                    context.Error(new SourcePlace(sheet, levels?.Number ?? layout.HeaderRow), task.Header, ImportCodes.FisOkoBadLevel,
                        $"над заданием «{task.Header}» не указан уровень (Б, П или В): процедуры «{code}» нет в базе, и её задания создаются по выгрузке");
                continue;
            }
            if (task.MaxScore is < 1 or > Domain.Results.AssessmentTask.LargestMaxScore)
            {
                context.Error(place, task.Header, ImportCodes.FisOkoScoreOutOfRange,
                    $"максимальный балл задания {task.MaxScore} вне диапазона 1–{Domain.Results.AssessmentTask.LargestMaxScore}");
                continue;
            }
            context.Draft.AddTask(place, code, task.Label, task.MaxScore, LevelCode(level));
        }
    }

    private static string LevelCode(Domain.Results.TaskLevel level) => level switch
    {
        Domain.Results.TaskLevel.Basic => "B",
        Domain.Results.TaskLevel.Advanced => "P",
        _ => "V",
    };

    /// <summary>«Муниципалитет» holding a code rather than a name: one word of letters, digits and - _ . /, with a digit.</summary>
    internal static bool LooksLikeCode(string text) => MunicipalityCode().IsMatch(text);

    [GeneratedRegex(@"^(?=[^\d]*\d)[\p{L}\p{N}_.\-/]{1,32}$")]
    private static partial Regex MunicipalityCode();
}
