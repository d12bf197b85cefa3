using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Municipality;

/// <summary>
/// «Школы в списках»: the municipality's schools on each published list of the year, with the numbers and the evidence
/// that put them there; for non-objectivity, the markers raised in each procedure (docs/methodology.md §4.1–4.4).
/// </summary>
public static class MunicipalityLists
{
    public static void Add(Report report, MunicipalityData data)
    {
        var section = report.Section("Школы в списках");
        if (data.Run is null)
        {
            section.Paragraph($"Нет данных за {data.Year} год: списки школ этого года не опубликованы.");
            return;
        }
        section.Paragraph($"Списки {data.Year} года, опубликованные по методике версии {data.Run.MethodologyNumber}: школы с низкими " +
            "образовательными результатами (ШНОР, методика §4.1), в неблагоприятных социальных условиях (ШНСУ, §4.1), резильентные " +
            "(ШНСУ с результатами выше ожидаемых, §4.3) и с признаками необъективных результатов (§4.4). Для каждой школы — числа, " +
            "по которым она попала в список.");
        foreach (var list in SchoolListTables.All)
        {
            var listed = SchoolListTables.Of(data.Rows, list);
            section.Subheading($"{SchoolListTables.Title(list)}: {listed.Count}");
            if (listed.Count == 0)
            {
                section.Paragraph($"Школ муниципалитета в этом списке {data.Year} года нет.");
                continue;
            }
            section.Paragraph(Lead(list, listed.Count, data));
            section.Table(SchoolListTables.Table(list, listed, data.Markers, withMunicipality: false, withEvidence: true,
                $"{SchoolListTables.Title(list)} — {data.Name}, {data.Year}"));
        }
    }

    private static string Lead(AreaList list, int count, MunicipalityData data) => list switch
    {
        AreaList.LowResults => $"В списке ШНОР {AreaText.Schools(count)}: сводный показатель результатов в нижней доле региона " +
            "несколько лет подряд; чем ниже показатель, тем выше школа в таблице.",
        AreaList.Unfavourable => $"В списке ШНСУ {AreaText.Schools(count)}: индекс социального благополучия (ИСБШ) в нижней доле региона.",
        AreaList.Resilient => $"Резильентных школ: {AreaText.Count(count)}. В неблагоприятных условиях их результаты выше ожидаемых — " +
            "источник практик для тиражирования и партнёры для школ с низкими результатами.",
        _ => $"С признаками необъективных результатов {AreaText.Schools(count)}; всего признаков в школах муниципалитета: " +
            $"{AreaText.Count(data.Markers.Count)}. Результаты этих школ в проверенных процедурах требуют перепроверки.",
    };
}
