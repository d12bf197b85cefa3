namespace Orientir.Data.Import.Adapters.EgeBySchool;

/// <summary>
/// The regional ЕГЭ-by-school form («Информация о результатах ЕГЭ выпускников школ в 20XX году»): one sheet per year,
/// one row per school, five columns per subject. Each results sheet becomes aggregate rows (school_results.csv) of
/// procedures <c>EGE-&lt;year&gt;-&lt;subject&gt;-11</c> without tasks; schools and municipalities are matched by name,
/// since the form has no codes. Other sheets of the workbook (the registrations, «заявления») are skipped with a
/// warning. docs/adapters/ege-by-school.md describes the layouts and the policy for the form's impossible values.
/// </summary>
public sealed class EgeBySchoolAdapter : IExportAdapter
{
    /// <summary>Rows looked at to recognize the form: the title is in the first few.</summary>
    private const int ProbeRows = 10;

    public string Title => "Региональная форма «Информация о результатах ЕГЭ выпускников школ»";

    public bool Recognizes(ExportFile file) =>
        file.IsWorkbook && WorkbookRows.SheetNames(file.Path)
            .Any(sheet => IsResults(EgeSheetLayout.Title(WorkbookRows.Read(file.Path, sheet).Take(ProbeRows))));

    public void Translate(ExportFile file, ExportContext context, CancellationToken cancellationToken)
    {
        var results = 0;
        foreach (var sheet in WorkbookRows.SheetNames(file.Path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var rows = WorkbookRows.Read(file.Path, sheet).GetEnumerator();
            var head = Head(rows);
            var title = EgeSheetLayout.Title(head);
            if (!IsResults(title))
            {
                context.Warning(new SourcePlace(sheet, title?.Row.Number ?? 0), "", ImportCodes.EgeFormSheetSkipped, title is null
                    ? "лист пропущен: на нём нет заголовка «Информация о результатах ЕГЭ выпускников школ …»"
                    : $"лист пропущен: это не результаты ЕГЭ, а «{title.Value.Text.Replace('\u00A0', ' ')}»");
                continue;
            }
            results++;
            if (EgeSheetLayout.Find(sheet, head, context) is not { } layout) continue;
            if (int.TryParse(sheet.Trim(), out var sheetYear) && sheetYear != layout.Year)
                context.Warning(new SourcePlace(sheet, title!.Value.Row.Number), "", ImportCodes.EgeFormYearDiffers,
                    $"название листа «{sheet}» и заголовок («{layout.Year} год») называют разные годы: взят год заголовка");
            new EgeSheetReader(sheet, layout, context).Read(rows, cancellationToken);
        }
        if (results == 0)
            context.Error(new SourcePlace(null, 0), "", ImportCodes.EgeFormLayout,
                "в книге нет ни одного листа «Информация о результатах ЕГЭ выпускников школ …»");
    }

    /// <summary>The rows up to the one that heads the measures (or the first rows of a sheet without one).</summary>
    private static List<SheetRow> Head(IEnumerator<SheetRow> rows)
    {
        var head = new List<SheetRow>();
        while (head.Count < EgeSheetLayout.HeaderRowsLimit && rows.MoveNext())
        {
            head.Add(rows.Current);
            if (rows.Current.Cells.Any(c => EgeSheetLayout.Key(c) == EgeSheetLayout.Measures[0])) break;
        }
        return head;
    }

    private static bool IsResults((SheetRow Row, string Text)? title) =>
        title is { } t && EgeSheetLayout.Key(t.Text).StartsWith(EgeSheetLayout.ResultsTitle, StringComparison.Ordinal);
}
