using Orientir.Analytics.Indicators;
using Orientir.Data.Results;
using Orientir.Domain.Results;
using Orientir.Reports.Content;
using Orientir.Reports.Sections;

namespace Orientir.Reports.Tests.School;

/// <summary>How one procedure's results are printed for groups too small to show, too small to judge, and without marks.</summary>
public sealed class ProcedureSectionsTests
{
    private static readonly IndicatorSettings Settings = IndicatorSettings.Default;

    private static readonly ProcedureDesign Vpr = new("VPR-2025-MA-4", ProcedureKind.Vpr, "MA", 4, 2025, 10, new MarkThresholds(3, 6, 9), null,
        [new TaskDesign("1", 5, TaskLevel.Basic, ["MA4.1"]), new TaskDesign("2", 5, TaskLevel.Advanced, ["MA4.2"])]);

    private static readonly ProcedureDesign Ege = Vpr with { Code = "EGE-2025-MA-11", Kind = ProcedureKind.Ege, Grade = 11, Thresholds = null, MinScore = 4 };

    [Fact]
    public void A_suppressed_school_shows_its_participants_and_why_nothing_else()
    {
        var section = new ReportSection("Результаты процедур");
        var school = Group(IndicatorLevel.School, Hidden(3));

        ProcedureSections.Add(section, Vpr, school, [Group(IndicatorLevel.Region, Shown(400, GroupStatus.Informative))], Settings);

        var figures = Assert.Single(section.Blocks.OfType<KeyFiguresBlock>());
        Assert.Equal([new KeyFigure("Участников", "3")], figures.Figures);
        Assert.Contains("меньше 5", Assert.Single(section.Blocks.OfType<ParagraphBlock>()).Text);
        Assert.Empty(section.Blocks.OfType<TableBlock>());
        Assert.Empty(section.Blocks.OfType<FigureBlock>());
    }

    [Fact]
    public void A_school_under_the_informative_minimum_is_flagged_and_a_suppressed_comparison_shows_no_numbers()
    {
        var section = new ReportSection("Результаты процедур");

        ProcedureSections.Add(section, Vpr, Group(IndicatorLevel.School, Shown(12, GroupStatus.NotInformative)),
            [Group(IndicatorLevel.Municipality, Hidden(4)), Group(IndicatorLevel.Region, Shown(400, GroupStatus.Informative))], Settings);

        Assert.Contains(section.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("не информативны", StringComparison.Ordinal));
        var key = section.Blocks.OfType<TableBlock>().First();
        Assert.Equal(["Школа № 1", 12, 8.0, 40.0, 90.0, 30.0, 10.0], key.Rows[0]);
        Assert.Equal(["Район", 4, null, null, null, null, null], key.Rows[1]);
        Assert.Contains(section.Blocks.OfType<TableBlock>(), t => t.Sheet == "Задания VPR-2025-MA-4" && Equals(t.Rows[1][1], "П"));
    }

    [Fact]
    public void A_procedure_without_marks_is_judged_by_its_minimum_score_not_by_marks()
    {
        var section = new ReportSection("Результаты процедур");
        var school = Group(IndicatorLevel.School, Shown(30, GroupStatus.Informative) with { Marks = null, SuccessRate = null, QualityRate = null, BelowMinimumShare = 6.5 });

        ProcedureSections.Add(section, Ege, school, [Group(IndicatorLevel.Region, Shown(400, GroupStatus.Informative) with { Marks = null, BelowMinimumShare = 3 })], Settings);

        var key = section.Blocks.OfType<TableBlock>().First();
        Assert.Equal(["Группа", "Участников", "Средний балл", "Средний % от максимума", "Ниже минимума, %"], key.Columns.Select(c => c.Header));
        Assert.Equal(6.5, key.Rows[0][4]);
        Assert.DoesNotContain(section.Blocks.OfType<TableBlock>(), t => t.Sheet.StartsWith("Отметки", StringComparison.Ordinal));
        Assert.Contains(section.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("минимального балла (4", StringComparison.Ordinal));
    }

    private static LevelIndicators Group(IndicatorLevel level, ProcedureIndicators indicators) =>
        new(level, level.ToString(), level switch { IndicatorLevel.Region => "Регион", IndicatorLevel.Municipality => "Район", _ => "Школа № 1" }, indicators);

    private static ProcedureIndicators Hidden(int participants) =>
        new("VPR-2025-MA-4", participants, GroupStatus.Suppressed, null, null, null, null, null, null, [], [], [], null);

    private static ProcedureIndicators Shown(int participants, GroupStatus status) =>
        new("VPR-2025-MA-4", participants, status, 8, 40, new MarkShares(10, 40, 30, 20), 90, 30, null,
            [
                new TaskIndicator(1, "1", TaskLevel.Basic, 5, 3, 60, 20, SuccessLevel.Sufficient),
                new TaskIndicator(2, "2", TaskLevel.Advanced, 5, 1, 20, 5, SuccessLevel.Insufficient),
            ],
            [new SkillIndicator("MA4.1", 1, 60), new SkillIndicator("MA4.2", 1, 20)],
            [0, 1, 2, 3, 2, 1, 1, 1, 1, 0, 0],
            new JournalComparison(participants, 20, 70, 10, 2));
}
