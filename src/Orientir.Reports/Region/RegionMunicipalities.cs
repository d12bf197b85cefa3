using Orientir.Analytics.Indicators;
using Orientir.Reports.Areas;
using Orientir.Reports.Content;

namespace Orientir.Reports.Region;

/// <summary>«Муниципалитеты»: per procedure, every municipality against the region (table and chart), worst failing share first.</summary>
public static class RegionMunicipalities
{
    public static void Add(Report report, ReportContext context, RegionData data, IndicatorSettings settings)
    {
        var section = report.Section("Муниципалитеты");
        if (data.Sets.Count == 0)
        {
            section.Paragraph($"Нет данных за {data.Year} год.");
            return;
        }
        section.Paragraph("Муниципалитеты рядом друг с другом в каждой процедуре года: участники, школы, средний процент от максимального балла, " +
            $"{AreaText.LowerFirst(AreaText.FailShareName(data.Sets.Select(s => s.Design)))}, качество («4» и «5») и успеваемость («3»–«5»), разница доли «2» с регионом " +
            "в процентных пунктах (методика, §3.1). Сначала муниципалитеты с наибольшей долей «2».");
        for (var n = 0; n < data.Sets.Count; n++)
        {
            var set = data.Sets[n];
            context.Report("Муниципалитеты", n, data.Sets.Count);
            var design = set.Design;
            var schools = data.SchoolsByMunicipality(set);
            var ordered = set.Municipalities
                .OrderBy(m => m.Indicators.Status == GroupStatus.Suppressed)
                .ThenByDescending(m => AreaText.FailShare(design, m.Indicators) ?? -1)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => new ComparedGroup(m, schools.GetValueOrDefault(m.Code)))
                .ToList();
            section.Subheading(AreaText.ProcedureTitle(design));
            var ranked = GroupComparison.ByFailShare(design, set.Municipalities);
            var region = AreaText.FailShare(design, set.Region.Indicators);
            var lead = $"Участников {AreaText.Count(set.Region.Indicators.Participants)} из {AreaText.Schools(set.Schools.Count)} " +
                $"{set.Municipalities.Count} {AreaText.Plural(set.Municipalities.Count, "муниципалитета", "муниципалитетов", "муниципалитетов")}.";
            if (ranked.Count > 0 && region is { } r)
                lead += $" {(AreaText.HasMarks(design) ? "Доля «2»" : "Доля ниже минимального балла")} по региону — {AreaText.Percent(r)}; выше неё у " +
                    $"{ranked.Count(g => g.Fail > r)} из {ranked.Count} муниципалитетов; наибольшая — {ranked[0].Group.Name} ({AreaText.Percent(ranked[0].Fail)}), " +
                    $"наименьшая — {ranked[^1].Group.Name} ({AreaText.Percent(ranked[^1].Fail)}).";
            section.Paragraph(lead);
            section.Table(GroupComparison.Table(AreaText.Sheet("МО", design.Code), $"Муниципалитеты: {AreaText.ProcedureTitle(design)}, {data.Year}",
                "Муниципалитет", design, ordered, set.Region, settings));
            if (ranked.Count > 0)
                section.Figure(GroupComparison.ChartSvg(design, ordered, set.Region),
                    $"{(AreaText.HasMarks(design) ? "Доля «2»" : "Доля ниже минимального балла")} по муниципалитетам: {AreaText.ProcedureTitle(design)}; пунктир — регион");
        }

    }
}
