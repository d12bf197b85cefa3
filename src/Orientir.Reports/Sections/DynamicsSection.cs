using Orientir.Analytics.Indicators;
using Orientir.Reports.Areas;
using Orientir.Data.Results;
using Orientir.Reports.Charts;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>
/// «Динамика» of a school, a municipality or the region: the share of «2» of each series (procedure kind × subject × grade) year by
/// year, its last change and the negative dynamics (a rise by at least the methodology's threshold, docs/methodology.md
/// §3.1), a table and one chart per procedure kind so that the lines stay readable.
/// </summary>
public static class DynamicsSection
{
    public static void Add(ReportSection section, IReadOnlyList<DynamicsSeries>? series, string whose, int year, IndicatorSettings settings)
    {
        var withShares = (series ?? []).Where(s => s.Points.Any(p => p.ShareOfTwo is not null && p.Year <= year))
            .Select(s => new DynamicsSeries(s.Title, s.Points.Where(p => p.Year <= year).ToList()))
            .ToList();
        if (withShares.Count == 0)
        {
            section.Paragraph($"Нет данных за {year} год: ни одна процедура {whose} не даёт доли «2» по годам.");
            return;
        }
        var years = withShares.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToList();
        var negative = withShares.Where(s => s.Points.LastOrDefault() is { Year: var y, NegativeDynamics: true } && y == year).ToList();
        var falling = withShares.Count(s => s.Points.LastOrDefault() is { ChangeOfShareOfTwo: < 0 } last && last.Year == year);
        var rising = withShares.Count(s => s.Points.LastOrDefault() is { ChangeOfShareOfTwo: > 0 } last && last.Year == year);
        section.Paragraph($"Доля «2» {whose} по {years.Count} {AreaText.Plural(years.Count, "году", "годам", "годам")} " +
            $"({years[0]}–{years[^1]}): в {year} году она снизилась в {falling} из {withShares.Count} " +
            $"{AreaText.Plural(withShares.Count, "серии", "серий", "серий")} процедур и выросла в {rising}. " +
            (negative.Count == 0
                ? $"Отрицательной динамики (рост на {settings.NegativeDynamicsRise.ToString("0.#", AreaText.Russian)} п. п. и более) нет."
                : $"Отрицательная динамика (рост на {settings.NegativeDynamicsRise.ToString("0.#", AreaText.Russian)} п. п. и более): " +
                  string.Join("; ", negative.Select(s => $"{s.Title} ({AreaText.Points(s.Points[^1].ChangeOfShareOfTwo!.Value)})")) + "."));

        var columns = new List<ReportColumn> { new("Процедура") };
        columns.AddRange(years.Select(y => new ReportColumn($"{y}, доля «2», %", CellFormat.Percent)));
        columns.Add(new("Изменение за последний год, п. п.", CellFormat.Decimal1));
        columns.Add(new("Отрицательная динамика"));
        section.Table(new TableBlock(AreaText.Sheet("Динамика"), $"Доля отметок «2» по годам: {whose}", columns,
            withShares.Select(s =>
            {
                var row = new List<object?> { s.Title };
                row.AddRange(years.Select(y => (object?)s.Points.FirstOrDefault(p => p.Year == y)?.ShareOfTwo));
                var last = s.Points[^1];
                row.Add(last.ChangeOfShareOfTwo is { } change ? GroupComparison.Gap(change, 0) : null);
                row.Add(last.NegativeDynamics ? "да" : "");
                return row.ToArray();
            }).ToList()));

        foreach (var kind in withShares.GroupBy(s => s.Title.Split(' ')[0]))
            section.Figure(DynamicsChart.Svg(kind.Select(s => new DynamicsLine(s.Title, s.Points)).ToList()),
                $"Доля отметок «2» по годам, {kind.Key}: {whose}; кружком отмечен рост на {settings.NegativeDynamicsRise.ToString("0.#", AreaText.Russian)} п. п. и более");
    }
}
