using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Results;
using Orientir.Reports.Charts;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// Task success against the comparisons (methodology §3.1: success of a task is the mean score over its maximum; the
/// level is sufficient, uncertain or insufficient by the thresholds of its difficulty level).
/// </summary>
public static class TaskSection
{
    public static void Add(ReportSection section, ProcedureDesign design, LevelIndicators group, IReadOnlyList<LevelIndicators> comparisons,
        IndicatorSettings settings)
    {
        var tasks = group.Indicators.Tasks;
        if (tasks.Count == 0) return;
        var title = ProcedureSections.ResultsTitle(design);
        var region = comparisons.Count > 0 ? comparisons[^1].Indicators.Tasks : null;
        var weak = tasks.Where(t => t.SuccessLevel == SuccessLevel.Insufficient).Select(t => t.Label).ToList();
        section.Paragraph(weak.Count == 0
            ? $"Все {tasks.Count} заданий выполнены на достаточном или неустойчивом уровне."
            : $"Недостаточный уровень выполнения — в {weak.Count} из {tasks.Count} заданий: {string.Join(", ", weak)}. " +
              $"Достаточный уровень: для базовых заданий — от {SectionText.Percent(settings.BasicSufficient)}, для повышенных и высоких — " +
              $"от {SectionText.Percent(settings.AdvancedSufficient)}.");
        section.Figure(TaskSuccessChart.Svg(tasks, region, settings),
            $"Выполнение заданий: {group.Name} и регион (серые столбцы), {title}; пунктир — границы достаточного уровня");

        var columns = new List<ReportColumn> { new("Задание"), new("Уровень"), new("Макс. балл", CellFormat.Integer), new(SectionText.LevelHeader(group), CellFormat.Percent) };
        columns.AddRange(comparisons.Select(c => new ReportColumn(SectionText.LevelHeader(c), CellFormat.Percent)));
        columns.Add(new("Уровень выполнения"));
        var rows = tasks.Select((task, n) =>
        {
            var row = new List<object?> { task.Label, task.Level.Letter(), task.MaxScore, task.SuccessRate };
            row.AddRange(comparisons.Select(c => c.Indicators.Tasks.Count == tasks.Count ? (object?)c.Indicators.Tasks[n].SuccessRate : null));
            row.Add(SectionText.Level(task.SuccessLevel));
            return row.ToArray();
        }).ToList();
        section.Table(new TableBlock(SectionText.Sheet("Задания", design.Code),
            $"Выполнение заданий, %: {title} (Б — базовый, П — повышенный, В — высокий уровень)", columns, rows));
    }
}
