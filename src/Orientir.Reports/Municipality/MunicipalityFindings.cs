using Orientir.Analytics.Indicators;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Municipality;

/// <summary>«Основные выводы» and «Участие» of the municipality report, written from its numbers.</summary>
public static class MunicipalityFindings
{
    public static void Add(Report report, MunicipalityData data, IndicatorSettings settings)
    {
        var section = report.Section("Основные выводы");
        if (data.Procedures.Count == 0)
        {
            section.Paragraph($"Нет данных за {data.Year} год: обучающиеся школ муниципалитета не участвовали ни в одной оценочной процедуре этого года.");
            AddLists(section, data);
            AddSupport(section, data);
            return;
        }
        var works = data.Procedures.Sum(p => (long)p.Group.Indicators.Participants);
        var regionWorks = data.Procedures.Sum(p => (long)p.Set.Region.Indicators.Participants);
        var participating = data.Procedures.SelectMany(p => p.Schools).Select(s => s.Code).Distinct().Count();
        section.Paragraph($"В {data.Year} году обучающиеся {AreaText.Schools(participating)} муниципалитета (из {data.SchoolCount}) " +
            $"выполнили {AreaText.Works(works)} в {data.Procedures.Count} " +
            $"{AreaText.Plural(data.Procedures.Count, "оценочной процедуре", "оценочных процедурах", "оценочных процедурах")} — " +
            $"{AreaText.Percent(regionWorks == 0 ? null : 100.0 * works / regionWorks)} работ этих процедур по региону.");
        section.Figures(
            new KeyFigure("Школ-участниц", AreaText.Count(participating)),
            new KeyFigure("Работ", AreaText.Count(works)),
            new KeyFigure("Процедур", AreaText.Count(data.Procedures.Count)),
            new KeyFigure("Доля работ региона", AreaText.Percent(regionWorks == 0 ? null : 100.0 * works / regionWorks)));

        var compared = data.Procedures
            .Where(p => p.Group.Indicators.Status != GroupStatus.Suppressed)
            .Select(p => (p.Set.Design, Own: AreaText.FailShare(p.Set.Design, p.Group.Indicators), Region: AreaText.FailShare(p.Set.Design, p.Set.Region.Indicators)))
            .Where(p => p.Own is not null && p.Region is not null)
            .Select(p => (p.Design, Own: p.Own!.Value, Region: p.Region!.Value, Gap: p.Own!.Value - p.Region!.Value))
            .ToList();
        if (compared.Count > 0)
        {
            var worse = compared.Where(c => c.Gap > 0).OrderByDescending(c => c.Gap).ToList();
            var name = AreaText.FailShareName(compared.Select(c => c.Design));
            var text = worse.Count == 0
                ? $"{name} ни в одной из {compared.Count} {AreaText.Plural(compared.Count, "процедуры", "процедур", "процедур")} не выше региональной."
                : $"{name} выше региональной в {worse.Count} из {compared.Count} {AreaText.Plural(compared.Count, "процедуры", "процедур", "процедур")}.";
            if (worse.Count > 0)
            {
                var w = worse[0];
                text += $" Наибольшее отставание — {AreaText.ProcedureTitle(w.Design)}: {AreaText.Percent(w.Own)} против {AreaText.Percent(w.Region)} по региону ({AreaText.Points(w.Gap)}).";
            }
            var best = compared.OrderBy(c => c.Gap).First();
            if (best.Gap < 0)
                text += $" Лучше региона — {AreaText.ProcedureTitle(best.Design)}: {AreaText.Percent(best.Own)} против {AreaText.Percent(best.Region)} ({AreaText.Points(best.Gap)}).";
            section.Paragraph(text);
        }
        AddLists(section, data);
        AddSupport(section, data);

        section.Table(AreaText.DropEmptyNotes(new TableBlock(AreaText.Sheet("Выводы"), $"Муниципалитет и регион по процедурам {data.Year} года",
            [
                new("Процедура"), new("Участников", CellFormat.Integer), new("Ср. % от макс.", CellFormat.Percent),
                new(FailHeader(data), CellFormat.Percent), new("Регион, %", CellFormat.Percent),
                new(GroupComparison.GapHeader, CellFormat.Decimal1), new("Примечание"),
            ],
            data.Procedures.Select(p =>
            {
                var i = p.Group.Indicators;
                var hidden = i.Status == GroupStatus.Suppressed;
                var own = hidden ? null : AreaText.FailShare(p.Set.Design, i);
                var region = AreaText.FailShare(p.Set.Design, p.Set.Region.Indicators);
                return new object?[]
                {
                    AreaText.ProcedureTitle(p.Set.Design), i.Participants, hidden ? null : i.MeanPercent, own, region,
                    own is { } o && region is { } r ? GroupComparison.Gap(o, r) : null, AreaText.Status(i.Status, settings),
                };
            }).ToList())));
    }

    private static string FailHeader(MunicipalityData data) =>
        data.Procedures.All(p => AreaText.HasMarks(p.Set.Design)) ? "Доля «2», %" : "Доля «2» / ниже минимума, %";

    public static void AddParticipation(Report report, MunicipalityData data, IndicatorSettings settings)
    {
        var section = report.Section("Участие");
        if (data.Procedures.Count == 0)
        {
            section.Paragraph($"Нет данных за {data.Year} год.");
            return;
        }
        var largest = data.Procedures.MaxBy(p => p.Group.Indicators.Participants)!;
        section.Paragraph($"Участие школ муниципалитета в оценочных процедурах {data.Year} года: сколько школ и обучающихся выполняли каждую " +
            $"работу и какую долю работ региона они составили. Больше всего участников — {AreaText.ProcedureTitle(largest.Set.Design)} " +
            $"({AreaText.Count(largest.Group.Indicators.Participants)}). Группы меньше {settings.InformativeMinimum} участников отмечены как " +
            $"не информативные, меньше {settings.SuppressionMinimum} — показатели не выводятся (методика, §3.1).");
        section.Table(new TableBlock(AreaText.Sheet("Участие"), $"Участие в оценочных процедурах {data.Year} года",
            [
                new("Процедура"), new("Школ", CellFormat.Integer), new("Участников", CellFormat.Integer),
                new("Участников по региону", CellFormat.Integer), new("Доля от региона, %", CellFormat.Percent),
                new("Школ со скрытыми показателями", CellFormat.Integer),
            ],
            data.Procedures.Select(p => new object?[]
            {
                AreaText.ProcedureTitle(p.Set.Design), p.Schools.Count, p.Group.Indicators.Participants, p.Set.Region.Indicators.Participants,
                p.Set.Region.Indicators.Participants == 0 ? null : 100.0 * p.Group.Indicators.Participants / p.Set.Region.Indicators.Participants,
                p.Schools.Count(s => s.Indicators.Status == GroupStatus.Suppressed),
            }).ToList()));
    }

    private static void AddLists(ReportSection section, MunicipalityData data)
    {
        if (data.Run is null)
        {
            section.Paragraph($"Списки школ за {data.Year} год не опубликованы.");
            return;
        }
        var counts = SchoolListTables.All.ToDictionary(l => l, l => SchoolListTables.Of(data.Rows, l).Count);
        section.Paragraph($"По спискам {data.Year} года (методика, версия {data.Run.MethodologyNumber}) из {AreaText.Schools(data.Rows.Count)} " +
            $"муниципалитета ШНОР — {counts[AreaList.LowResults]}, ШНСУ — {counts[AreaList.Unfavourable]}, резильентных — " +
            $"{counts[AreaList.Resilient]}, с признаками необъективных результатов — {counts[AreaList.NonObjective]}.");
        section.Figures(
            new KeyFigure("Школ в анализе", AreaText.Count(data.Rows.Count)),
            new KeyFigure("ШНОР", AreaText.Count(counts[AreaList.LowResults])),
            new KeyFigure("ШНСУ", AreaText.Count(counts[AreaList.Unfavourable])),
            new KeyFigure("Резильентные", AreaText.Count(counts[AreaList.Resilient])),
            new KeyFigure("Признаки необъективности", AreaText.Count(counts[AreaList.NonObjective])));
    }

    private static void AddSupport(ReportSection section, MunicipalityData data)
    {
        if (data.Programme is not { Schools: > 0 } p)
        {
            section.Paragraph($"Школ муниципалитета в программе адресной поддержки {data.Year} года нет.");
            return;
        }
        section.Paragraph(SupportSection.Lead($"В программе адресной поддержки {data.Year} года {AreaText.Schools(p.Schools)} муниципалитета",
            p.Totals, p.ProblemSchools, p.CurrentStage));
    }
}
