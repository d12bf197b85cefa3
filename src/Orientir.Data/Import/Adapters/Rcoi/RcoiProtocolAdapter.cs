using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>
/// A РЦОИ result protocol of ОГЭ or ЕГЭ (.xlsx or .csv, docs/adapters/rcoi-protocol.md): one row per participant
/// with the short answers as <c>+-2+…</c>, the expanded ones as <c>2(2)1(3)…</c>, the primary and the test score. The
/// procedure comes from the title row or the file name; its tasks from the database or, for a new procedure, from the
/// protocol itself. The file is streamed twice: once for its design (what most rows say), once to check and draft
/// every row against it.
/// </summary>
public sealed class RcoiProtocolAdapter : IExportAdapter
{
    private const string ShortLevel = "B";
    private const string ExpandedLevel = "P";

    public string Title => "РЦОИ: протокол результатов ОГЭ/ЕГЭ";

    public bool Recognizes(ExportFile file) =>
        (file.IsWorkbook || file.IsCsv) && ProtocolHead.Read(new ProtocolSource(file)) is not null;

    public void Translate(ExportFile file, ExportContext context, CancellationToken cancellationToken)
    {
        var source = new ProtocolSource(file);
        var top = new SourcePlace(source.Sheet, 1);
        if (ProtocolHead.Read(source) is not { } head)
        {
            context.Error(top, "", ImportCodes.MissingColumn,
                $"не найдена строка заголовка протокола (Код ОО, «{ProtocolColumns.ShortHeader}», «{ProtocolColumns.ExpandedHeader}») в первых {ProtocolHead.SearchRows} строках");
            return;
        }
        var headerPlace = new SourcePlace(source.Sheet, head.Header.Number);
        var title = head.Title ?? ProtocolTitle.FromFileName(file.Name);
        if (title is null)
        {
            context.Error(top, "", ImportCodes.ProtocolProcedureUnknown,
                "не определена процедура: над заголовком нет строки вида «ЕГЭ 2025 Химия» или «ОГЭ 2025 Математика 9 класс», " +
                "а имя файла не вида EGE-2025-CH-11.csv");
            return;
        }
        var titlePlace = head.TitleRow is { } titleRow ? new SourcePlace(source.Sheet, titleRow) : top;
        var subject = title.SubjectIsCode ? title.Subject : context.Subjects.CodeOf(title.Subject);
        if (subject is null)
        {
            context.Error(titlePlace, "", ImportCodes.ProtocolSubjectUnknown,
                $"предмет «{title.Subject}» не найден в таблице синонимов предметов: добавьте его название с кодом предмета");
            return;
        }
        var columns = ProtocolColumns.Map(head.Header, headerPlace, context, testScoreRequired: title.Kind == ProcedureKind.Ege);
        if (context.HasErrors) return;

        var code = ExportContext.ProcedureCode(title.Kind, title.Year, subject, title.Grade);
        var known = context.Procedure(code);
        var scan = ProtocolDesign.Scan(head, source, columns, cancellationToken);
        ReportMalformed(source, context);
        if (scan is not { } found)
        {
            if (!head.DataRows(source).Any())
                context.Error(headerPlace, "", ImportCodes.ProtocolNoRows, "в протоколе нет ни одной строки с результатами");
            else
                new ProtocolRowChecker(context, columns, new ProtocolDesign([], [], 0), title.Kind, source.Sheet)
                    .CheckAll(head.DataRows(source), context.Draft.Results(code, []), cancellationToken);
            return;
        }

        ProtocolDesign design;
        if (known is not null)
        {
            var (stored, difference) = ProtocolDesign.Stored(known, found.ShortCount, found.ExpandedMaxima);
            if (stored is null)
            {
                context.Error(headerPlace, columns.Header(ProtocolColumn.ExpandedAnswers), ImportCodes.ProtocolDesignMismatch,
                    $"протокол не совпадает с заданиями процедуры в базе: {difference}");
                return;
            }
            design = stored;
        }
        else
        {
            design = ProtocolDesign.Inferred(found.ShortMaxima, found.ExpandedMaxima);
            DraftProcedure(context, titlePlace, code, title, subject, design);
            if (design.ShortCount > 0)
                context.Warning(headerPlace, columns.Header(ProtocolColumn.ShortAnswers), ImportCodes.ProtocolShortMaximaInferred,
                    $"максимальные баллы заданий с кратким ответом протокол не указывает: они определены как наибольшие " +
                    $"встреченные баллы (1–{design.ShortCount}: {string.Join(" ", design.MaxScores.Take(design.ShortCount))}); " +
                    "проверьте их по спецификации КИМ");
        }

        var checker = new ProtocolRowChecker(context, columns, design, title.Kind, source.Sheet);
        checker.CheckAll(head.DataRows(source), context.Draft.Results(code, design.Labels), cancellationToken);
        ReportMalformed(source, context);
    }

    private static void DraftProcedure(ExportContext context, SourcePlace place, string code, ProtocolTitle title,
        string subject, ProtocolDesign design)
    {
        if (!context.DraftProcedureOnce(code)) return;
        context.Draft.AddProcedure(place, code, Vocabulary.KindCode(title.Kind), subject, title.Grade, title.Year, design.MaxScore);
        for (var i = 0; i < design.Labels.Length; i++)
            context.Draft.AddTask(place, code, design.Labels[i], design.MaxScores[i], i < design.ShortCount ? ShortLevel : ExpandedLevel);
    }

    private static void ReportMalformed(ProtocolSource source, ExportContext context)
    {
        if (source.MalformedLine is not { } line || context.Errors.Any(e => e.Code == ImportCodes.MalformedRow)) return;
        context.Error(new SourcePlace(source.Sheet, line), "", ImportCodes.MalformedRow,
            "строка не разбирается как CSV (незакрытые кавычки?); дальше файл не читается");
    }
}
