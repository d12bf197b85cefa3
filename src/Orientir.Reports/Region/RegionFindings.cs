using Orientir.Analytics.Indicators;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Region;

/// <summary>
/// «Основные выводы» of the region report, from its numbers: participation, the procedures with the highest failing
/// share, the municipalities furthest behind the region, the lists and the support programme.
/// </summary>
public static class RegionFindings
{
    public static void Add(Report report, RegionData data, IndicatorSettings settings)
    {
        var section = report.Section("Основные выводы");
        if (data.Sets.Count == 0)
        {
            section.Paragraph($"Нет данных за {data.Year} год: результаты оценочных процедур этого года не загружены.");
        }
        else
        {
            var works = data.Sets.Sum(s => (long)s.Region.Indicators.Participants);
            var schools = data.Sets.SelectMany(s => s.Schools).Select(s => s.Code).Distinct().Count();
            var municipalities = data.Sets.SelectMany(s => s.Municipalities).Select(m => m.Code).Distinct().Count();
            section.Paragraph($"В {data.Year} году обучающиеся {AreaText.Schools(schools)} из {municipalities} " +
                $"{AreaText.Plural(municipalities, "муниципалитета", "муниципалитетов", "муниципалитетов")} выполнили {AreaText.Works(works)} " +
                $"в {data.Sets.Count} {AreaText.Plural(data.Sets.Count, "оценочной процедуре", "оценочных процедурах", "оценочных процедурах")}.");
            section.Figures(
                new KeyFigure("Работ", AreaText.Count(works)),
                new KeyFigure("Процедур", AreaText.Count(data.Sets.Count)),
                new KeyFigure("Школ-участниц", AreaText.Count(schools)),
                new KeyFigure("Муниципалитетов", AreaText.Count(municipalities)));

            var worst = data.Sets
                .Select(s => (s.Design, Fail: AreaText.FailShare(s.Design, s.Region.Indicators)))
                .Where(s => s.Fail is not null).OrderByDescending(s => s.Fail).Take(3).ToList();
            if (worst.Count > 0)
                section.Paragraph($"Наибольшая {AreaText.LowerFirst(AreaText.FailShareName(data.Sets.Select(s => s.Design)))}: " +
                    string.Join("; ", worst.Select(w => $"{AreaText.ProcedureTitle(w.Design)} — {AreaText.Percent(w.Fail)}")) + ".");

            var behind = Behind(data);
            if (behind.Count > 0)
                section.Paragraph("Дальше всего от региона (средняя по процедурам разница доли «2» с регионом): " +
                    string.Join("; ", behind.Take(3).Select(b => $"{b.Name} — {AreaText.Points(b.MeanGap)}, выше региона в {b.Above} из {b.Compared}")) + ".");
        }
        AddLists(section, data);
        if (data.Progress is { Schools.Count: > 0 } progress)
            section.Paragraph(SupportSection.Lead($"В программе адресной поддержки {data.Year} года {AreaText.Schools(progress.Schools.Count)}",
                progress.Totals, progress.Schools.Count(s => s.Problem), progress.CurrentStage));
        else
            section.Paragraph($"Утверждённого списка программы адресной поддержки {data.Year} года нет.");

        if (data.Sets.Count > 0)
            section.Table(new TableBlock(AreaText.Sheet("Регион"), $"Показатели региона по процедурам {data.Year} года",
                [
                    new("Процедура"), new("Участников", CellFormat.Integer), new("Школ", CellFormat.Integer), new("Ср. % от макс.", CellFormat.Percent),
                    new(data.Sets.All(s => AreaText.HasMarks(s.Design)) ? "Доля «2», %" : "Доля «2» / ниже минимума, %", CellFormat.Percent), new("Качество, %", CellFormat.Percent), new("Успеваемость, %", CellFormat.Percent),
                ],
                data.Sets.Select(s => new object?[]
                {
                    AreaText.ProcedureTitle(s.Design), s.Region.Indicators.Participants, s.Schools.Count, s.Region.Indicators.MeanPercent,
                    AreaText.FailShare(s.Design, s.Region.Indicators), s.Region.Indicators.QualityRate, s.Region.Indicators.SuccessRate,
                }).ToList()));
    }

    /// <summary>Municipalities by their mean gap of the failing share to the region over the procedures they have numbers in, furthest first.</summary>
    public static IReadOnlyList<(string Name, double MeanGap, int Above, int Compared)> Behind(RegionData data) =>
        data.Sets
            .SelectMany(s => s.Municipalities
                .Where(m => m.Indicators.Status != GroupStatus.Suppressed)
                .Select(m => (m.Name, Own: AreaText.FailShare(s.Design, m.Indicators), Region: AreaText.FailShare(s.Design, s.Region.Indicators))))
            .Where(x => x.Own is not null && x.Region is not null)
            .GroupBy(x => x.Name)
            .Select(g => (Name: g.Key, MeanGap: g.Average(x => x.Own!.Value - x.Region!.Value), Above: g.Count(x => x.Own > x.Region), Compared: g.Count()))
            .Where(m => m.MeanGap > 0)
            .OrderByDescending(m => m.MeanGap)
            .ToList();

    private static void AddLists(ReportSection section, RegionData data)
    {
        if (data.Run is null)
        {
            section.Paragraph($"Списки школ за {data.Year} год не опубликованы.");
            return;
        }
        var counts = SchoolListTables.All.ToDictionary(l => l, l => SchoolListTables.Of(data.Rows, l).Count);
        section.Paragraph($"По спискам {data.Year} года (методика, версия {data.Run.MethodologyNumber}) из {AreaText.Schools(data.Rows.Count)} " +
            $"региона ШНОР — {counts[AreaList.LowResults]}, ШНСУ — {counts[AreaList.Unfavourable]}, резильентных — {counts[AreaList.Resilient]}, " +
            $"с признаками необъективных результатов — {counts[AreaList.NonObjective]} (признаков всего: {AreaText.Count(data.Markers.Count)}).");
        section.Figures(
            new KeyFigure("ШНОР", AreaText.Count(counts[AreaList.LowResults])),
            new KeyFigure("ШНСУ", AreaText.Count(counts[AreaList.Unfavourable])),
            new KeyFigure("Резильентные", AreaText.Count(counts[AreaList.Resilient])),
            new KeyFigure("Признаки необъективности", AreaText.Count(counts[AreaList.NonObjective])));
    }
}
