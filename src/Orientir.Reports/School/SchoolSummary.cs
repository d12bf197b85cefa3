using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Data.Schools;
using Orientir.Reports.Content;
using Orientir.Reports.Labels;
using Orientir.Reports.Sections;

namespace Orientir.Reports.School;

/// <summary>«Основные выводы»: a few sentences drawn from the numbers the later sections show in full.</summary>
public static class SchoolSummary
{
    public static void Add(Report report, int year, IReadOnlyList<GroupResults> results, SchoolAnalysisRunInfo? run, SchoolAnalysisDetail? detail,
        IReadOnlyList<DynamicsSeries>? dynamics, IndicatorSettings settings)
    {
        var section = report.Section("Основные выводы");
        if (results.Count == 0)
        {
            section.Paragraph($"Нет данных за {year} год: работы школы не загружены ни по одной процедуре.");
            return;
        }
        var participants = results.Sum(r => r.Group.Indicators.Participants);
        section.Figures(
            new KeyFigure("Процедур", results.Count.ToString(SectionText.Russian)),
            new KeyFigure("Работ", SectionText.Count(participants)),
            new KeyFigure("Признаков выявлено", detail is null ? "—" : detail.Markers.Count(m => m.Raised).ToString(SectionText.Russian)),
            new KeyFigure("Эффект школы", detail?.School.LevelEffect is { } effect ? SectionText.Number(effect, "+0.00;−0.00;0.00") : "—"));

        section.Paragraph($"В {year} году обучающиеся школы выполнили {SectionText.Count(participants)} работ в {results.Count} оценочных " +
            $"{(results.Count == 1 ? "процедуре" : "процедурах")}.");
        section.Paragraph(Standing(results, settings));
        section.Table(Overview(year, results));
        section.Paragraph(Lists(year, run, detail));
        var negative = (dynamics ?? []).Where(s => s.Points.Any(p => p.NegativeDynamics && p.Year == year)).Select(s => s.Title).ToList();
        if (negative.Count > 0)
            section.Paragraph($"Отрицательная динамика в {year} году (доля «2» выросла на {SectionText.Number(settings.NegativeDynamicsRise, "0.#")} п. п. и более): " +
                string.Join("; ", negative) + ".");
    }

    /// <summary>Where the school stands against the municipality and the region by the mean percent, informative groups only.</summary>
    private static string Standing(IReadOnlyList<GroupResults> results, IndicatorSettings settings)
    {
        var judged = results.Where(r => r.Informative && r.Group.Indicators.MeanPercent is not null && r.Region?.Indicators.MeanPercent is not null).ToList();
        var hidden = results.Count - judged.Count;
        var note = hidden == 0 ? "" : $" Ещё {hidden} — без сравнения: участников меньше {settings.InformativeMinimum} или показатели скрыты.";
        if (judged.Count == 0) return "Сравнить результаты с регионом нельзя: ни в одной процедуре нет информативной группы участников." + note;
        var gaps = judged.Select(r => (r.Title, Gap: r.Group.Indicators.MeanPercent!.Value - r.Region!.Indicators.MeanPercent!.Value)).ToList();
        var above = gaps.Count(g => g.Gap >= 0.05);
        var below = gaps.Count(g => g.Gap <= -0.05);
        var text = $"Средний процент выполнения выше регионального в {above} из {judged.Count} процедур, ниже — в {below}.";
        var municipal = judged.Select(r => (r, m: r.Comparisons.FirstOrDefault(c => c.Level == IndicatorLevel.Municipality)))
            .Where(x => x.m?.Indicators.MeanPercent is not null && x.m.Indicators.Status != GroupStatus.Suppressed)
            .Count(x => x.r.Group.Indicators.MeanPercent > x.m!.Indicators.MeanPercent);
        text += $" Выше муниципального — в {municipal}.";
        var worst = gaps.Where(g => g.Gap <= -5).OrderBy(g => g.Gap).Take(3).ToList();
        if (worst.Count > 0) text += " Наибольшее отставание от региона: " + string.Join("; ", worst.Select(w => $"{w.Title} ({SectionText.Points(w.Gap)})")) + ".";
        var best = gaps.Where(g => g.Gap >= 5).OrderByDescending(g => g.Gap).Take(3).ToList();
        if (best.Count > 0) text += " Наибольшее превышение: " + string.Join("; ", best.Select(w => $"{w.Title} ({SectionText.Points(w.Gap)})")) + ".";
        return text + note;
    }

    /// <summary>Each procedure's mean percent and failing share beside the region's: the numbers the standing sentence is drawn from.</summary>
    private static TableBlock Overview(int year, IReadOnlyList<GroupResults> results) =>
        new("Сводка", $"Результаты школы и региона по процедурам {year} года" +
                (results.Any(r => !SectionText.HasMarks(r.Design)) ? " (где отметки не выставляются — доля ниже минимального балла)" : ""),
            [
                new("Процедура"), new("Участников", CellFormat.Integer), new("Средний %, школа", CellFormat.Percent), new("Средний %, регион", CellFormat.Percent),
                new("Разница, п. п.", CellFormat.Decimal1), new("Доля «2», школа", CellFormat.Percent), new("Доля «2», регион", CellFormat.Percent),
            ],
            [.. results.Select(r =>
            {
                var school = r.Group.Indicators;
                var region = r.Region?.Indicators;
                var shown = school.Status != GroupStatus.Suppressed;
                return new object?[]
                {
                    r.Title, school.Participants, shown ? school.MeanPercent : null, region?.MeanPercent,
                    shown && school.MeanPercent is { } mean && region?.MeanPercent is { } regional ? mean - regional : null,
                    shown ? SectionText.FailShare(r.Design, school) : null, region is null ? null : SectionText.FailShare(r.Design, region),
                };
            })]);

    private static string Lists(int year, SchoolAnalysisRunInfo? run, SchoolAnalysisDetail? detail)
    {
        if (run is null) return $"Анализ школ за {year} год (контекстный эффект, списки, признаки необъективности) не опубликован.";
        if (detail is null) return $"Школа не вошла в анализ школ {year} года.";
        var school = detail.School;
        var lists = new List<string>();
        if (school.LowResults) lists.Add("ШНОР (школы с низкими результатами)");
        if (school.Unfavourable) lists.Add("ШНСУ (школы в неблагоприятных социальных условиях)");
        if (school.Resilient) lists.Add("резильентные школы");
        if (school.NonObjective) lists.Add("школы с признаками необъективности");
        var text = lists.Count == 0 ? "Школа не входит ни в один из списков анализа." : $"Школа входит в списки: {string.Join(", ", lists)}.";
        if (school.LevelEffect is not null)
            text += $" С учётом социального контекста результаты {EffectSection.Verdict(school.LevelLower, school.LevelUpper)}.";
        var raised = detail.Markers.Where(m => m.Raised).Select(m => EvidenceLabels.Marker(m.Kind).ToLowerInvariant()).Distinct().ToList();
        text += raised.Count == 0 ? " Признаки необъективности не выявлены." : $" Выявлены признаки необъективности: {string.Join("; ", raised)}.";
        return text;
    }
}
