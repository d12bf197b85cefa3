using System.Globalization;
using System.Text.RegularExpressions;
using Orientir.Data.Schools;
using Orientir.Reports.Charts;
using Orientir.Reports.Content;
using Orientir.Reports.Labels;

namespace Orientir.Reports.Sections;

/// <summary>
/// A school's social context, its context-adjusted level and growth effects with their 95 % intervals, its place among
/// comparable schools and the lists it is on (methodology §4.1–4.3), from the run published for the year.
/// </summary>
public static class EffectSection
{
    /// <param name="rows">The run's schools in the reader's scope; the place among comparable schools is computed from them
    /// when the evidence does not carry it (<paramref name="regionWide"/>: they are the whole region).</param>
    public static void Add(Report report, int year, SchoolAnalysisRunInfo? run, SchoolAnalysisDetail? detail, IReadOnlyList<SchoolAnalysisRow> rows,
        bool regionWide)
    {
        var section = report.Section("Контекстный эффект");
        if (run is null)
        {
            section.Paragraph($"Нет данных за {year} год: анализ школ (контекст, эффект школы, списки) за этот год не опубликован.");
            return;
        }
        if (detail is null)
        {
            section.Paragraph($"Школа не вошла в анализ {year} года (версия методики {run.MethodologyNumber}): по ней нет работ в процедурах, которые учитывает модель.");
            return;
        }
        var school = detail.School;
        var place = Place(school, rows);
        section.Paragraph(Lead(school, place, regionWide));
        section.Figures(
            new KeyFigure("ИСБШ", SectionText.Number(school.ContextIndex, "0.00")),
            new KeyFigure("Процентиль ИСБШ", SectionText.Number(school.ContextPercentile, "0")),
            new KeyFigure("Эффект уровня", SectionText.Number(school.LevelEffect, "+0.00;−0.00;0.00")),
            new KeyFigure("Эффект прироста", SectionText.Number(school.GrowthEffect, "+0.00;−0.00;0.00")),
            new KeyFigure("Место в кластере", place is { } p ? $"{p.Rank} из {p.Size}" : "—"));

        var intervals = new List<EffectInterval>();
        if (school is { LevelEffect: { } level, LevelLower: { } ll, LevelUpper: { } lu }) intervals.Add(new("Уровень результатов", level, ll, lu));
        if (school is { GrowthEffect: { } growth, GrowthLower: { } gl, GrowthUpper: { } gu }) intervals.Add(new("Прирост", growth, gl, gu));
        if (intervals.Count > 0)
            section.Figure(EffectIntervalChart.Svg(intervals),
                "Эффект школы с учётом контекста и 95 % доверительный интервал; 0 — результат, ожидаемый для школ со сходным контекстом " +
                "(зелёный — выше ожидаемого, красный — ниже, синий — не отличается)");
        section.Table(new TableBlock("Эффект школы", "Контекстный эффект школы (в стандартных отклонениях балла) и 95 % интервал",
            [new("Эффект"), new("Оценка", CellFormat.Decimal2), new("Нижняя граница", CellFormat.Decimal2), new("Верхняя граница", CellFormat.Decimal2),
             new("Работ", CellFormat.Integer), new("Вывод")],
            [
                ["Уровень результатов", school.LevelEffect, school.LevelLower, school.LevelUpper, school.LevelWorks, Verdict(school.LevelLower, school.LevelUpper)],
                ["Прирост", school.GrowthEffect, school.GrowthLower, school.GrowthUpper, school.GrowthWorks, Verdict(school.GrowthLower, school.GrowthUpper)],
            ]));
        section.Table(new TableBlock("Списки", $"Школа в списках {year} года (методика, версия {run.MethodologyNumber})",
            [new("Список"), new("Входит"), new("Основание")],
            [
                ["ШНОР — школы с низкими результатами", school.LowResults ? "да" : "нет", Evidence(school, EvidenceSections.LowResults, year)],
                ["ШНСУ — школы в неблагоприятных условиях", school.Unfavourable ? "да" : "нет", Evidence(school, EvidenceSections.Context, year)],
                ["Резильентные школы", school.Resilient ? "да" : "нет", Evidence(school, EvidenceSections.Resilience, year)],
                ["Признаки необъективности", school.NonObjective ? "да" : "нет", Evidence(school, EvidenceSections.Objectivity, year)],
            ]));
    }

    /// <summary>The place by level effect among the schools of the same cluster (1 = the largest effect).</summary>
    public static (int Rank, int Size)? Place(SchoolAnalysisRow school, IReadOnlyList<SchoolAnalysisRow> rows)
    {
        var rank = Find(school, "cluster_rank");
        var size = Find(school, "cluster_size");
        if (rank is { } r && size is { } s) return ((int)r, (int)s);
        if (school.Cluster is null || school.LevelEffect is not { } own) return null;
        var peers = rows.Where(x => x.Cluster == school.Cluster && x.LevelEffect is not null).ToList();
        if (peers.Count < 2) return null;
        return (1 + peers.Count(x => x.LevelEffect > own), peers.Count);
    }

    public static string Verdict(double? lower, double? upper) =>
        lower is null || upper is null ? "нет оценки"
        : lower > 0 ? "выше ожидаемого"
        : upper < 0 ? "ниже ожидаемого"
        : "не отличается от ожидаемого";

    private static string Lead(SchoolAnalysisRow school, (int Rank, int Size)? place, bool regionWide)
    {
        var text = school.ContextIndex is { } index
            ? $"Индекс социального благополучия школы — {SectionText.Number(index, "0.00")} (процентиль {SectionText.Number(school.ContextPercentile, "0")}), " +
              $"кластер сопоставимых школ: {EvidenceLabels.Cluster(school.Cluster)}. "
            : "Индекс социального благополучия не рассчитан: в паспорте школы недостаточно данных. ";
        text += school.LevelEffect is null
            ? "Эффект уровня не оценён: недостаточно работ."
            : $"С учётом контекста результаты школы {Verdict(school.LevelLower, school.LevelUpper)} для школ со сходными условиями " +
              $"(эффект {SectionText.Number(school.LevelEffect, "0.00")}, 95 % интервал от {SectionText.Number(school.LevelLower, "0.00")} до {SectionText.Number(school.LevelUpper, "0.00")}).";
        if (place is { } p)
            text += $" Место среди сопоставимых школ {(regionWide ? "региона" : "в пределах доступа составителя отчёта")} по эффекту — {p.Rank} из {p.Size} (1 — наибольший эффект).";
        text += school.GrowthEffect is null
            ? " Эффект прироста не оценён: нет работ учеников, писавших тот же предмет годом ранее."
            : $" Прирост результатов {Verdict(school.GrowthLower, school.GrowthUpper)} (эффект {SectionText.Number(school.GrowthEffect, "0.00")}).";
        return text;
    }

    private static double? Find(SchoolAnalysisRow school, string key) =>
        school.Evidence.Values.SelectMany(e => e).FirstOrDefault(e => e.Key == key)?.Value;

    private static string Evidence(SchoolAnalysisRow school, string section, int year) =>
        school.Evidence.TryGetValue(section, out var evidence) && evidence.Count > 0 ? EvidenceLabels.Text([.. evidence.Where(e => Summary(e, year))]) : "—";

    /// <summary>The list's own numbers of the report's year; the earlier years, per-procedure figures and passport items behind them stay on the lists' pages.</summary>
    private static bool Summary(Orientir.Analytics.Schools.Evidence e, int year) =>
        !e.Key.Contains(':', StringComparison.Ordinal) && !e.Key.StartsWith("passport_", StringComparison.Ordinal)
        && !(Regex.Match(e.Key, @"_(\d{4})$") is { Success: true } suffix && suffix.Groups[1].Value != year.ToString(CultureInfo.InvariantCulture));
}
