using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>The procedures a group took part in, with its participants beside its comparisons' (methodology §3.1).</summary>
public static class ParticipationSection
{
    public static void Add(Report report, IReadOnlyList<GroupResults> results, int year, IndicatorSettings settings)
    {
        var section = report.Section("Участие");
        if (results.Count == 0)
        {
            section.Paragraph($"Нет данных за {year} год: работы не загружены ни по одной процедуре.");
            return;
        }
        var suppressed = results.Count(r => r.Group.Indicators.Status == GroupStatus.Suppressed);
        var notInformative = results.Count(r => r.Group.Indicators.Status == GroupStatus.NotInformative);
        var total = results.Sum(r => r.Group.Indicators.Participants);
        section.Paragraph($"Процедур в {year} году — {results.Count}, работ — {SectionText.Count(total)}. " +
            (suppressed == 0 ? "" : $"По {suppressed} из них участников меньше {settings.SuppressionMinimum}: показатели скрыты. ") +
            (notInformative == 0 ? "" : $"По {notInformative} участников меньше {settings.InformativeMinimum}: результаты не информативны."));
        var first = results[0];
        var columns = new List<ReportColumn> { new("Процедура"), new("Код"), new(SectionText.LevelHeader(first.Group), CellFormat.Integer) };
        columns.AddRange(first.Comparisons.Select(c => new ReportColumn(SectionText.LevelHeader(c), CellFormat.Integer)));
        columns.Add(new("Статус"));
        var rows = results.Select(r =>
        {
            var row = new List<object?> { r.Title, r.Design.Code, r.Group.Indicators.Participants };
            row.AddRange(first.Comparisons.Select(c => (object?)r.Comparisons.FirstOrDefault(x => x.Level == c.Level)?.Indicators.Participants));
            row.Add(SectionText.Status(r.Group.Indicators.Status, settings));
            return row.ToArray();
        }).ToList();
        section.Table(new TableBlock("Участие", $"Участники оценочных процедур {year} года", columns, rows));
    }
}
