using Orientir.Data.Support;
using Orientir.Data.Support.Effect;
using Orientir.Data.Support.Monitoring;
using Orientir.Domain.Access;
using Orientir.Domain.Support;
using Orientir.Reports.Content;

namespace Orientir.Reports.Areas;

/// <summary>
/// «Адресная поддержка» of the municipality and region reports: the progress of the year's target schools (documents,
/// measures done and overdue, indicators on track, why a school needs attention; docs/methodology.md §5.3) and, where
/// results after the programme year exist, its effect against comparable schools outside it (§5.4).
/// </summary>
public static class SupportSection
{
    /// <summary>The report's reader as the support queries see them; narrowed to the municipality when the reader sees more.</summary>
    public static SupportActor Actor(ReportContext context, int? municipalityId = null) =>
        new("", context.User, context.Scope.Role,
            municipalityId is { } id && context.Scope.IsRegionWide ? AccessScope.Municipality(context.Scope.Role, id) : context.Scope);

    /// <summary>The effect of the year's programme in the actor's scope; null when there is no approved list for the year.</summary>
    public static async Task<ProgrammeEffectView?> EffectAsync(ReportContext context, SupportActor actor, int year, CancellationToken cancellationToken)
    {
        var effect = await new SupportEffectQueries(context.Db).ProgrammeAsync(actor, year, cancellationToken);
        return effect.Succeeded ? effect.Value : null;
    }

    public static void AddMunicipal(ReportSection section, MunicipalProgramme? programme, ProgrammeEffectView? effect, int year)
    {
        if (programme is null || programme.Schools == 0)
        {
            section.Paragraph($"Нет данных адресной поддержки за {year} год: школ муниципалитета в утверждённом списке программы «500+» этого года нет.");
            return;
        }
        section.Paragraph(Lead($"В программе адресной поддержки {year} года {AreaText.Schools(programme.Schools)} муниципалитета",
            programme.Totals, programme.ProblemSchools, programme.CurrentStage));
        section.Figures(Figures(programme.Schools, programme.ProblemSchools, programme.Totals));
        section.Table(new TableBlock(AreaText.Sheet("Поддержка — этапы"), $"Срезы этапов мониторинга программы {year} года (по школам, у которых срез записан)",
            [
                new("Этап"), new("Школ со срезом", CellFormat.Integer), new("Док. утв.", CellFormat.Integer), new("Док. всего", CellFormat.Integer),
                new("Мер. вып.", CellFormat.Integer), new("Мер. проср.", CellFormat.Integer), new("Мер. всего", CellFormat.Integer),
                new("Пок. в графике", CellFormat.Integer), new("Пок. всего", CellFormat.Integer),
            ],
            programme.StageTotals.Select(s => new object?[]
            {
                Stage(s.Stage), s.Schools, s.DocumentsApproved, s.DocumentsTotal, s.MeasuresDone, s.MeasuresOverdue, s.MeasuresTotal,
                s.IndicatorsOnTrack, s.IndicatorsTotal,
            }).ToList()));
        section.Table(new TableBlock(AreaText.Sheet("Поддержка — школы"),
            "Целевые школы муниципалитета, сначала требующие внимания (док. — документы, мер. — мероприятия, пок. — показатели программы)",
            [
                new("Код"), new("Школа"), new("Основание"), new("Куратор"), new("Док. утв.", CellFormat.Integer), new("Док. всего", CellFormat.Integer),
                new("Мер. вып.", CellFormat.Integer), new("Мер. проср.", CellFormat.Integer), new("Мер. всего", CellFormat.Integer),
                new("Пок. в графике", CellFormat.Integer), new("Пок. всего", CellFormat.Integer),
            ],
            programme.Rows.Select(r => new object?[]
            {
                r.Code, r.Name, Basis(r.Basis), r.CuratorName ?? "не назначен", r.Figures.DocumentsApproved, r.Figures.DocumentsTotal,
                r.Figures.MeasuresDone, r.Figures.MeasuresOverdue, r.Figures.MeasuresTotal, r.Figures.IndicatorsOnTrack, r.Figures.IndicatorsTotal,
            }).ToList()));
        var problems = programme.Rows.Where(r => r.Problem).ToList();
        if (problems.Count > 0)
            section.Table(new TableBlock(AreaText.Sheet("Поддержка — внимание"), "Почему школы требуют внимания (методика, §5.3)",
                [new("Код"), new("Школа"), new("Причины")],
                problems.Select(r => new object?[] { r.Code, r.Name, AreaText.UpperFirst(string.Join("; ", r.ProblemReasons)) }).ToList()));
        AddEffect(section, effect, "муниципалитета");
    }

    public static void AddRegional(ReportSection section, SupportProgress? progress, ProgrammeEffectView? effect, int year)
    {
        if (progress is null || progress.Schools.Count == 0)
        {
            section.Paragraph($"Нет данных адресной поддержки за {year} год: утверждённого списка школ программы «500+» этого года нет.");
            return;
        }
        var problems = progress.Schools.Count(s => s.Problem);
        section.Paragraph(Lead($"В программе адресной поддержки {year} года {AreaText.Schools(progress.Schools.Count)} из " +
            $"{progress.Municipalities.Count} {AreaText.Plural(progress.Municipalities.Count, "муниципалитета", "муниципалитетов", "муниципалитетов")}",
            progress.Totals, problems, progress.CurrentStage));
        section.Figures(Figures(progress.Schools.Count, problems, progress.Totals));
        section.Table(new TableBlock(AreaText.Sheet("Поддержка по МО"), $"Ход программы адресной поддержки {year} года по муниципалитетам (док. — документы, мер. — мероприятия, пок. — показатели программы)",
            [
                new("Муниципалитет"), new("Целевых школ", CellFormat.Integer), new("Требуют внимания", CellFormat.Integer),
                new("Док. утв.", CellFormat.Integer), new("Док. всего", CellFormat.Integer), new("Мер. вып.", CellFormat.Integer),
                new("Мер. проср.", CellFormat.Integer), new("Мер. всего", CellFormat.Integer), new("Пок. в графике", CellFormat.Integer),
                new("Пок. всего", CellFormat.Integer),
            ],
            progress.Municipalities.Select(m => new object?[]
            {
                m.Name, m.Schools, m.ProblemSchools, m.Figures.DocumentsApproved, m.Figures.DocumentsTotal, m.Figures.MeasuresDone,
                m.Figures.MeasuresOverdue, m.Figures.MeasuresTotal, m.Figures.IndicatorsOnTrack, m.Figures.IndicatorsTotal,
            }).Append(new object?[]
            {
                "Регион", progress.Schools.Count, problems, progress.Totals.DocumentsApproved, progress.Totals.DocumentsTotal,
                progress.Totals.MeasuresDone, progress.Totals.MeasuresOverdue, progress.Totals.MeasuresTotal,
                progress.Totals.IndicatorsOnTrack, progress.Totals.IndicatorsTotal,
            }).ToList()));
        AddEffect(section, effect, "региона");
    }

    /// <summary>One sentence per fact of the progress, from the numbers.</summary>
    public static string Lead(string who, ProgrammeFigures f, int problemSchools, MonitoringStage? stage) =>
        $"{who}. {(stage is { } s ? $"Идёт {Stage(s)} этап мониторинга." : "Входной этап мониторинга ещё не наступил.")} " +
        $"Утверждено документов: {AreaText.Count(f.DocumentsApproved)} из {AreaText.Count(f.DocumentsTotal)}; " +
        $"мероприятий выполнено {AreaText.Count(f.MeasuresDone)} из {AreaText.Count(f.MeasuresTotal)}, просрочено {AreaText.Count(f.MeasuresOverdue)}; " +
        $"показателей в графике {AreaText.Count(f.IndicatorsOnTrack)} из {AreaText.Count(f.IndicatorsTotal)}. " +
        (problemSchools == 0 ? "Школ, требующих внимания, нет." : $"Требуют внимания: {AreaText.Schools(problemSchools)}.");

    private static KeyFigure[] Figures(int schools, int problems, ProgrammeFigures f) =>
    [
        new("Целевых школ", AreaText.Count(schools)),
        new("Требуют внимания", AreaText.Count(problems)),
        new("Документов утверждено", $"{AreaText.Count(f.DocumentsApproved)} из {AreaText.Count(f.DocumentsTotal)}"),
        new("Мероприятий выполнено", $"{AreaText.Count(f.MeasuresDone)} из {AreaText.Count(f.MeasuresTotal)}"),
        new("Мероприятий просрочено", AreaText.Count(f.MeasuresOverdue)),
        new("Показателей в графике", $"{AreaText.Count(f.IndicatorsOnTrack)} из {AreaText.Count(f.IndicatorsTotal)}"),
    ];

    private static void AddEffect(ReportSection section, ProgrammeEffectView? effect, string whose)
    {
        section.Subheading("Эффект поддержки");
        if (effect is null || effect.Schools.Count == 0)
        {
            section.Paragraph("Эффект не оценивается: нет утверждённого списка программы этого года.");
            return;
        }
        if (effect.AwaitsFollowUp || effect.Years.Count == 0)
        {
            section.Paragraph($"Нет данных следующего года: эффект программы {effect.ProgrammeYear} года появится после загрузки результатов " +
                $"{effect.ProgrammeYear + 1} года (методика, §5.4).");
            return;
        }
        var level = $"{effect.ConfidenceLevel * 100:0.#}".Replace('.', ',');
        var exits = effect.Schools.Count(s => s.Exit is not null);
        section.Paragraph($"Эффект — средняя по целевым школам {whose} разность разностей: изменение результата школы с года программы " +
            $"минус изменение у похожих школ вне программы, в стандартных отклонениях результатов работ, с {level} % доверительным интервалом " +
            $"(методика, §5.4). Предлагаются к выводу из программы: {AreaText.Schools(exits)}.");
        section.Table(new TableBlock(AreaText.Sheet("Эффект поддержки"), $"Эффект программы {effect.ProgrammeYear} года по годам",
            [
                new("Год"), new("Школ с оценкой", CellFormat.Integer), new("Разность разностей", CellFormat.Decimal2),
                new("Нижняя граница", CellFormat.Decimal2), new("Верхняя граница", CellFormat.Decimal2), new("Примечание"),
            ],
            effect.Years.Select(y => new object?[] { y.Year.ToString(AreaText.Russian), y.Schools, y.Did, y.Lower, y.Upper, y.Reason ?? "" }).ToList()));
    }

    public static string Stage(MonitoringStage stage) => stage switch
    {
        MonitoringStage.Entry => "входной",
        MonitoringStage.Interim => "промежуточный",
        _ => "итоговый",
    };

    public static string Basis(TargetBasis basis) => basis switch
    {
        TargetBasis.LowResults => "ШНОР",
        TargetBasis.Unfavourable => "ШНСУ",
        TargetBasis.LowResultsAndUnfavourable => "ШНОР и ШНСУ",
        _ => "включена вручную",
    };
}
