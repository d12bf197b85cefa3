using MiniExcel = MiniExcelLibs.MiniExcel;
using Orientir.Data.Support.Monitoring;

namespace Orientir.Web.Support.Monitoring;

/// <summary>The progress of a programme year as a workbook: the schools and the municipalities, Russian headers.</summary>
internal static class ProgressExport
{
    public const string AuditAction = "support.progress.export";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SchoolsSheet = "Школы";
    public const string MunicipalitiesSheet = "Муниципалитеты";

    public static byte[] Workbook(SupportProgress progress)
    {
        var schools = progress.Schools.Select(row => Figures(new Dictionary<string, object?>
        {
            ["Код"] = row.Code,
            ["Наименование"] = row.Name,
            ["Муниципалитет"] = row.MunicipalityName,
            ["Основание"] = SupportLabels.Basis(row.Basis),
            ["Куратор"] = row.CuratorName ?? "не назначен",
            ["Этап"] = row.CurrentStage is { } stage ? SupportLabels.Stage(stage) : "не начат",
        }, row.Figures, includeReturned: true, problems: row.ProblemReasons)).ToList();
        if (schools.Count == 0) schools.Add(new Dictionary<string, object?> { ["Код"] = null, ["Наименование"] = "Целевых школ в области доступа нет" });
        var municipalities = progress.Municipalities.Select(m => Figures(new Dictionary<string, object?>
        {
            ["Код"] = m.Code,
            ["Муниципалитет"] = m.Name,
            ["Школ"] = m.Schools,
            ["Проблемных школ"] = m.ProblemSchools,
        }, m.Figures, includeReturned: false, problems: null)).ToList();
        if (municipalities.Count == 0) municipalities.Add(new Dictionary<string, object?> { ["Код"] = null, ["Муниципалитет"] = "Нет данных" });

        var sheets = new Dictionary<string, object>
        {
            [SchoolsSheet] = schools,
            [MunicipalitiesSheet] = municipalities,
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Figures(Dictionary<string, object?> line, ProgrammeFigures f, bool includeReturned, IReadOnlyList<string>? problems)
    {
        line["Документов утверждено"] = f.DocumentsApproved;
        line["Документов всего"] = f.DocumentsTotal;
        if (includeReturned) line["Возвращено на доработку"] = f.DocumentsReturned;
        line["Мероприятий выполнено"] = f.MeasuresDone;
        line["Мероприятий просрочено"] = f.MeasuresOverdue;
        line["Мероприятий всего"] = f.MeasuresTotal;
        line["Показателей в графике"] = f.IndicatorsOnTrack;
        line["Показателей всего"] = f.IndicatorsTotal;
        if (problems is not null) line["Требует внимания"] = problems.Count > 0 ? string.Join("; ", problems) : "нет";
        return line;
    }
}
