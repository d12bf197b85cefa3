using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Results;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// The results of one group (a school or a municipality) in one procedure, as the school and municipality reports
/// print them: marks, the score histogram with thresholds, task and skill success against the comparison groups, the
/// mark against the journal.
/// </summary>
public static class ProcedureSections
{
    /// <param name="comparisons">The groups to compare with, nearest first (a school: its municipality, then the region).</param>
    public static void Add(ReportSection section, ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons,
        IndicatorSettings settings)
    {
        section.Subheading(ResultsTitle(design));
        var indicators = group.Indicators;
        if (indicators.Status == GroupStatus.Suppressed)
        {
            section.Figures(new KeyFigure("Участников", SectionText.Count(indicators.Participants)));
            section.Paragraph($"Показатели не выводятся: участников меньше {settings.SuppressionMinimum}, и по ним можно было бы " +
                "узнать результаты отдельных обучающихся (методика, §3.1).");
            return;
        }
        if (indicators.Status == GroupStatus.NotInformative)
            section.Paragraph($"Внимание: участников меньше {settings.InformativeMinimum}, результаты не информативны — " +
                "показатели приводятся для сведения, выводы по ним не делаются (методика, §3.1).");

        var region = comparisons.Count > 0 ? comparisons[^1] : null;
        section.Paragraph(Lead(design, group, comparisons));
        section.Figures(KeyFigures(design, indicators));
        section.Table(KeyTable(design, group, comparisons));
        MarksSection.Add(section, design, group, comparisons);
        section.Figure(ScoreHistogramChartFor(design, indicators),
            $"Распределение первичных баллов: {group.Name}, {ResultsTitle(design)}" +
            (design.Thresholds is null ? "" : "; пунктир — границы отметок") + (design.MinScore is null ? "" : "; минимальный балл отмечен снизу"));
        TaskSection.Add(section, design, group, comparisons, settings);
        SkillSection.Add(section, design, group, region, settings);
        JournalSection.Add(section, design, group, comparisons);
    }

    public static string ResultsTitle(ProcedureDesign design) =>
        $"{design.Kind.Russian()} {ResultsNames.SubjectName(design.Subject)}, {design.Grade} класс";

    private static string ScoreHistogramChartFor(ProcedureDesign design, ProcedureIndicators indicators) =>
        Charts.ScoreHistogramChart.Svg(indicators.ScoreHistogram, design.Thresholds, design.MinScore);

    /// <summary>One sentence from the numbers: participants, mean, the failing share, each against the comparisons.</summary>
    private static string Lead(ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons)
    {
        var i = group.Indicators;
        var text = $"Работу выполняли {SectionText.Count(i.Participants)} обучающихся. ";
        if (i.MeanPercent is { } mean)
            text += $"Средний результат — {SectionText.Percent(mean)} от максимального балла" + Comparing(comparisons, c => c.MeanPercent) + ". ";
        if (SectionText.FailShare(design, i) is { } fail)
            text += $"{SectionText.FailShareName(design)} — {SectionText.Percent(fail)}" + Comparing(comparisons, c => SectionText.FailShare(design, c)) + ".";
        return text.TrimEnd();
    }

    /// <summary>« (муниципалитет — 40,0 %, регион — 45,0 %)» for the comparisons that have the number.</summary>
    private static string Comparing(IReadOnlyList<LevelIndicators> comparisons, Func<ProcedureIndicators, double?> measure)
    {
        var parts = comparisons
            .Where(c => c.Indicators.Status != GroupStatus.Suppressed && measure(c.Indicators) is not null)
            .Select(c => $"{(c.Level == IndicatorLevel.Region ? "регион" : "муниципалитет")} — {SectionText.Percent(measure(c.Indicators))}")
            .ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static KeyFigure[] KeyFigures(ProcedureDesign design, ProcedureIndicators i)
    {
        var figures = new List<KeyFigure>
        {
            new("Участников", SectionText.Count(i.Participants)),
            new("Средний балл", SectionText.Number(i.MeanScore)),
            new("Средний % от максимума", SectionText.Percent(i.MeanPercent)),
        };
        if (SectionText.HasMarks(design))
        {
            figures.Add(new("Успеваемость", SectionText.Percent(i.SuccessRate)));
            figures.Add(new("Качество", SectionText.Percent(i.QualityRate)));
            figures.Add(new("Доля «2»", SectionText.Percent(i.Marks?.Two)));
        }
        if (design.MinScore is not null) figures.Add(new("Ниже минимального балла", SectionText.Percent(i.BelowMinimumShare)));
        return [.. figures];
    }

    /// <summary>The key indicators of the group and its comparisons, one row each: what the tests and the workbook read.</summary>
    private static TableBlock KeyTable(ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons)
    {
        var marks = SectionText.HasMarks(design);
        var columns = new List<ReportColumn>
        {
            new("Группа"), new("Участников", CellFormat.Integer), new("Средний балл", CellFormat.Decimal1), new("Средний % от максимума", CellFormat.Percent),
        };
        if (marks)
            columns.AddRange([new("Успеваемость, %", CellFormat.Percent), new("Качество, %", CellFormat.Percent), new("Доля «2», %", CellFormat.Percent)]);
        if (design.MinScore is not null) columns.Add(new("Ниже минимума, %", CellFormat.Percent));
        var rows = new[] { group }.Concat(comparisons).Select(g =>
        {
            var i = g.Indicators;
            var hidden = i.Status == GroupStatus.Suppressed;
            var row = new List<object?> { SectionText.GroupName(g), i.Participants, i.MeanScore, i.MeanPercent };
            if (marks) row.AddRange([i.SuccessRate, i.QualityRate, i.Marks?.Two]);
            if (design.MinScore is not null) row.Add(i.BelowMinimumShare);
            return hidden ? row.Select((cell, n) => n < 2 ? cell : null).ToArray() : row.ToArray();
        }).ToList();
        return new TableBlock(SectionText.Sheet("Показатели", design.Code), $"Ключевые показатели: {ResultsTitle(design)}", columns, rows);
    }
}
