namespace Orientir.Data.Import.Adapters.FisOkoStatistics;

/// <summary>
/// The ФИС ОКО form «Статистика по отметкам» (.xlsx, docs/adapters/fis-oko-statistics.md): per school the participants
/// and the percent of marks 2–5 of one ВПР or РПР, under a title such as «ВПР 2025 Математика 5 класс». Each sheet
/// that holds such a table becomes the aggregate rows (<c>school_results.csv</c>) of its procedure; rows without a
/// school code (the region, a municipality's subtotal) are skipped. The procedure is matched when the database holds
/// it, else drafted with the mark scale as its maximum (5): an aggregate-only procedure has no tasks to sum.
/// </summary>
public sealed class FisOkoStatisticsAdapter : IExportAdapter
{
    /// <summary>The maximum of a procedure known only from this form: the mark scale.</summary>
    public const int AggregateMaxScore = 5;

    private const int HeadRows = 30;

    public string Title => "ФИС ОКО: статистика по отметкам";

    public bool Recognizes(ExportFile file)
    {
        if (!file.IsWorkbook) return false;
        foreach (var sheet in WorkbookRows.SheetNames(file.Path))
        {
            StatisticsColumns? columns = null;
            foreach (var row in WorkbookRows.Read(file.Path, sheet).Take(HeadRows))
            {
                if (columns is not null) return columns.HasMarks || columns.TakeMarksFrom(row);
                columns = StatisticsColumns.Of(row);
                if (columns is { HasMarks: true }) return true;
            }
        }
        return false;
    }

    public void Translate(ExportFile file, ExportContext context, CancellationToken cancellationToken)
    {
        var schools = 0;
        foreach (var sheet in WorkbookRows.SheetNames(file.Path))
            schools += new StatisticsSheet(context, sheet).Read(WorkbookRows.Read(file.Path, sheet), cancellationToken);
        if (schools == 0 && !context.HasErrors)
            context.Error(new SourcePlace(null, 0), "", ImportCodes.FormWithoutSchools,
                "в файле нет ни одной строки школы (с кодом ОО) под заголовком «Статистика по отметкам»");
    }
}
