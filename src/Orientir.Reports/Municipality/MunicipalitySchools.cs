using Orientir.Analytics.Indicators;
using Orientir.Data.Schools;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;
using Orientir.Reports.Labels;

namespace Orientir.Reports.Municipality;

/// <summary>
/// «Школы муниципалитета»: the schools' context-adjusted effects from the run in force, then per procedure the schools
/// side by side against the region (table and chart), worst failing share first.
/// </summary>
public static class MunicipalitySchools
{
    public static void Add(Report report, MunicipalityData data, IndicatorSettings settings)
    {
        var section = report.Section("Школы муниципалитета");
        AddEffects(section, data);
        foreach (var procedure in data.Procedures)
        {
            var design = procedure.Set.Design;
            section.Subheading(AreaText.ProcedureTitle(design));
            var ordered = procedure.Schools
                .OrderBy(s => s.Indicators.Status == GroupStatus.Suppressed)
                .ThenByDescending(s => AreaText.FailShare(design, s.Indicators) ?? -1)
                .ThenBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new ComparedGroup(s)).ToList();
            var ranked = GroupComparison.ByFailShare(design, procedure.Schools);
            var region = AreaText.FailShare(design, procedure.Set.Region.Indicators);
            var suppressed = procedure.Schools.Count(s => s.Indicators.Status == GroupStatus.Suppressed);
            var lead = $"Работу выполняли {AreaText.Schools(procedure.Schools.Count)} муниципалитета.";
            if (ranked.Count > 0 && region is { } r)
            {
                var above = ranked.Count(g => g.Fail > r);
                lead += $" {Capital(AreaText.FailShareWords(design))} выше региональной ({AreaText.Percent(r)}) у {above} из {ranked.Count}; " +
                    $"наибольшая — {ranked[0].Group.Name} ({AreaText.Percent(ranked[0].Fail)}), наименьшая — {ranked[^1].Group.Name} ({AreaText.Percent(ranked[^1].Fail)}).";
            }
            if (suppressed > 0)
                lead += $" У {AreaText.Schools(suppressed)} меньше {settings.SuppressionMinimum} участников: показаны только участники.";
            section.Paragraph(lead);
            section.Table(GroupComparison.Table(AreaText.Sheet("Школы", design.Code), $"Школы муниципалитета: {AreaText.ProcedureTitle(design)}",
                "Школа", design, ordered, procedure.Set.Region, settings, procedure.Group));
            if (ranked.Count > 0)
                section.Figure(GroupComparison.ChartSvg(design, ordered, procedure.Set.Region),
                    $"{Capital(AreaText.FailShareWords(design))} по школам муниципалитета: {AreaText.ProcedureTitle(design)}; пунктир — регион");
        }
    }

    private static void AddEffects(ReportSection section, MunicipalityData data)
    {
        if (data.Run is null || data.Rows.Count == 0)
        {
            section.Paragraph($"Нет данных за {data.Year} год: анализ школ (контекст, эффект школы) за этот год не опубликован.");
            return;
        }
        var withEffect = data.Rows.Where(r => r.LevelEffect is not null).ToList();
        var above = withEffect.Count(r => r.LevelLower > 0);
        var below = withEffect.Count(r => r.LevelUpper < 0);
        section.Paragraph("Эффект школы — насколько результаты её обучающихся выше или ниже ожидаемых при социальном контексте школы и её " +
            "типе, в стандартных отклонениях результатов работ (двухуровневая модель, методика, §4.2); интервал — 95 %. " +
            $"Из {AreaText.Schools(withEffect.Count)} с оценкой эффекта значимо выше ожидаемого результаты у {above}, " +
            $"значимо ниже — у {below}.");
        section.Table(new TableBlock(AreaText.Sheet("Школы — эффект"), $"Школы муниципалитета: социальный контекст и эффект школы ({data.Year})",
            [
                new("Код"), new("Школа"), new("ИСБШ", CellFormat.Decimal2), new("Кластер"), new("Работ в модели", CellFormat.Integer),
                new("Эффект школы", CellFormat.Decimal2), new("Нижняя граница 95 %", CellFormat.Decimal2), new("Верхняя граница 95 %", CellFormat.Decimal2),
                new("Оценка"), new("Списки"),
            ],
            data.Rows.OrderByDescending(r => r.LevelEffect ?? double.MinValue).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => new object?[]
            {
                r.Code, r.Name, r.ContextIndex, EvidenceLabels.Cluster(r.Cluster), r.LevelWorks, r.LevelEffect, r.LevelLower, r.LevelUpper,
                Verdict(r), Flags(r),
            }).ToList()));
    }

    private static string Verdict(SchoolAnalysisRow r) =>
        r.LevelEffect is null ? "нет оценки" : r.LevelLower > 0 ? "выше ожидаемого" : r.LevelUpper < 0 ? "ниже ожидаемого" : "в пределах ожидаемого";

    public static string Flags(SchoolAnalysisRow row) =>
        string.Join(", ", new[]
        {
            row.LowResults ? "ШНОР" : null, row.Unfavourable ? "ШНСУ" : null, row.Resilient ? "резильентная" : null,
            row.NonObjective ? "необъективность" : null,
        }.Where(f => f is not null));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], AreaText.Russian) + text[1..];
}
