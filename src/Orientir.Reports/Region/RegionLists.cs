using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Region;

/// <summary>«Списки школ»: how many schools of each municipality are on each list, and the full lists with their key numbers.</summary>
public static class RegionLists
{
    public static void Add(Report report, RegionData data)
    {
        var section = report.Section("Списки школ");
        if (data.Run is null)
        {
            section.Paragraph($"Нет данных за {data.Year} год: списки школ этого года не опубликованы.");
            return;
        }
        var lists = SchoolListTables.All.ToDictionary(l => l, l => SchoolListTables.Of(data.Rows, l));
        var byMunicipality = data.Rows.GroupBy(r => r.MunicipalityCode).ToDictionary(g => g.Key, g => g.ToList());
        var densest = data.Municipalities
            .Select(m => (m.Name, Schools: byMunicipality.GetValueOrDefault(m.Code)?.Count ?? 0,
                Low: byMunicipality.GetValueOrDefault(m.Code)?.Count(r => r.LowResults) ?? 0))
            .Where(m => m.Low > 0).OrderByDescending(m => (double)m.Low / m.Schools).ThenBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault();
        section.Paragraph($"Списки {data.Year} года, опубликованные по методике версии {data.Run.MethodologyNumber} (методика, §4): ШНОР — " +
            $"{lists[AreaList.LowResults].Count}, ШНСУ — {lists[AreaList.Unfavourable].Count}, резильентных — {lists[AreaList.Resilient].Count}, " +
            $"с признаками необъективных результатов — {lists[AreaList.NonObjective].Count} из {AreaText.Schools(data.Rows.Count)} в анализе." +
            (densest.Name is null ? "" : $" Наибольшая доля ШНОР среди школ муниципалитета — {densest.Name}: {densest.Low} из {densest.Schools}."));
        section.Table(new TableBlock(AreaText.Sheet("Списки по МО"), $"Школы в списках {data.Year} года по муниципалитетам",
            [
                new("Муниципалитет"), new("Школ в анализе", CellFormat.Integer), new("ШНОР", CellFormat.Integer), new("ШНСУ", CellFormat.Integer),
                new("Резильентные", CellFormat.Integer), new("Признаки необъективности", CellFormat.Integer),
            ],
            data.Municipalities.Select(m =>
            {
                var rows = byMunicipality.GetValueOrDefault(m.Code) ?? [];
                return new object?[] { m.Name, rows.Count, rows.Count(r => r.LowResults), rows.Count(r => r.Unfavourable), rows.Count(r => r.Resilient), rows.Count(r => r.NonObjective) };
            }).Append(new object?[]
            {
                "Регион", data.Rows.Count, lists[AreaList.LowResults].Count, lists[AreaList.Unfavourable].Count, lists[AreaList.Resilient].Count,
                lists[AreaList.NonObjective].Count,
            }).ToList()));

        foreach (var list in SchoolListTables.All)
        {
            var listed = lists[list];
            section.Subheading($"{SchoolListTables.Title(list)}: {listed.Count}");
            if (listed.Count == 0)
            {
                section.Paragraph($"Школ в этом списке {data.Year} года нет.");
                continue;
            }
            if (list == AreaList.NonObjective)
                section.Paragraph($"Признаки по процедурам обозначены буквами (методика, §4.4): {MarkersByProcedure.Legend}.");
            section.Table(SchoolListTables.Table(list, listed, data.Markers, withMunicipality: true, withEvidence: false,
                $"{SchoolListTables.Title(list)}, {data.Year}"));
        }
    }
}
