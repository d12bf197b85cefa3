using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Reports.Content;

namespace Orientir.Reports.Sections;

/// <summary>Skill (умение / КЭС) success and its gap to the region (methodology §3.1: summed scores over summed maxima).</summary>
public static class SkillSection
{
    public static void Add(ReportSection section, ProcedureDesign design, LevelIndicators group, LevelIndicators? region, IndicatorSettings settings)
    {
        var skills = group.Indicators.Skills;
        if (skills.Count == 0) return;
        var title = ProcedureSections.ResultsTitle(design);
        var regionSkills = region?.Indicators.Skills.ToDictionary(s => s.Code, s => s.SuccessRate) ?? [];
        var gaps = skills.Where(s => regionSkills.ContainsKey(s.Code)).Select(s => (s.Code, Gap: s.SuccessRate - regionSkills[s.Code])).ToList();
        var behind = gaps.Where(g => g.Gap <= -5).OrderBy(g => g.Gap).Take(3).ToList();
        section.Paragraph(behind.Count == 0
            ? "Ни по одному умению отставание от региона не превышает 5 процентных пунктов."
            : "Наибольшее отставание от региона — " + string.Join(", ", behind.Select(g => $"{g.Code} ({SectionText.Points(g.Gap)})")) + ".");
        var rows = skills.Select(s =>
        {
            double? regionRate = regionSkills.TryGetValue(s.Code, out var r) ? r : null;
            return new object?[]
            {
                s.Code, s.Tasks, s.SuccessRate, regionRate, regionRate is { } rr ? s.SuccessRate - rr : null,
                SectionText.Level(SectionText.SkillLevel(s.SuccessRate, settings)),
            };
        }).ToList();
        section.Table(new TableBlock(SectionText.Sheet("Умения", design.Code),
            $"Выполнение по умениям и элементам содержания, %: {title}; разница с регионом — в процентных пунктах",
            [
                new("Умение / КЭС"), new("Заданий", CellFormat.Integer), new(SectionText.LevelHeader(group), CellFormat.Percent),
                new("Регион", CellFormat.Percent), new("Разница с регионом", CellFormat.Decimal1), new("Уровень"),
            ],
            rows));
    }
}
