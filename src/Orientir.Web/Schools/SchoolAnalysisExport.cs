using Orientir.Reports.Labels;
using MiniExcel = MiniExcelLibs.MiniExcel;
using Orientir.Data.Schools;

namespace Orientir.Web.Schools;

/// <summary>One tab of the analysis page as an Excel sheet: the rows the user's scope shows, with their evidence in words.</summary>
internal static class SchoolAnalysisExport
{
    public const string AuditAction = "export.school-analysis";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Workbook(SchoolList list, IReadOnlyList<SchoolAnalysisRow> rows, IReadOnlyList<MarkerRow> markers)
    {
        var table = MarkerTable.Of(markers);
        var sheet = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>
            {
                ["Код"] = row.Code,
                ["Наименование"] = row.Name,
                ["Муниципалитет"] = row.MunicipalityName,
            };
            if (list == SchoolList.NonObjective)
            {
                foreach (var procedure in table.Procedures)
                    line[MarkerTable.ShortName(procedure)] = string.Join(", ", table.Raised(row.Code, procedure));
                line["Число признаков"] = row.Markers;
                line["В списке"] = row.NonObjective ? "да" : "нет";
            }
            else
            {
                line["ИСБШ"] = Round(row.ContextIndex);
                line["Процентиль ИСБШ"] = Round(row.ContextPercentile);
                line["Кластер"] = EvidenceLabels.Cluster(row.Cluster);
                line["Эффект школы"] = Round(row.LevelEffect);
                line["Эффект: нижняя граница 95 %"] = Round(row.LevelLower);
                line["Эффект: верхняя граница 95 %"] = Round(row.LevelUpper);
                line["Прирост"] = Round(row.GrowthEffect);
                line["Сводный показатель ШНОР"] = Round(row.LowResultsComposite);
                line["Отметки"] = SchoolLists.Flags(row);
            }
            line["Основание"] = EvidenceLabels.Text(SchoolLists.EvidenceOf(row, list));
            return line;
        }).ToList();
        using var stream = new MemoryStream();
        if (sheet.Count == 0) sheet.Add(new Dictionary<string, object?> { ["Код"] = null, ["Наименование"] = "Школ в списке нет" });
        MiniExcel.SaveAs(stream, sheet, sheetName: SheetName(list));
        return stream.ToArray();
    }

    private static string SheetName(SchoolList list) => list == SchoolList.NonObjective ? "Необъективность" : SchoolLists.Title(list);

    private static double? Round(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 3) : null;
}
