using MiniExcel = MiniExcelLibs.MiniExcel;
using Orientir.Data.Staff.Dashboards;

namespace Orientir.Web.Staff.Dashboards;

/// <summary>A year's summary of professional development as a workbook, Russian headers: totals, competences, skills, units.</summary>
public static class StaffExport
{
    public const string AuditAction = "staff.export";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TotalsSheet = "Итоги";
    public const string CompetencesSheet = "Компетенции";
    public const string SkillsSheet = "Предметы и умения";
    public const string MunicipalitiesSheet = "Муниципалитеты";
    public const string SchoolsSheet = "Школы";

    public static string UnitsSheet(StaffSummary summary) => summary.Kind == StaffScopeKind.Region ? MunicipalitiesSheet : SchoolsSheet;

    public static string FileName(StaffSummary summary) => $"staff-{summary.Code ?? summary.Kind.ToString().ToLowerInvariant()}-{summary.Year}.xlsx";

    public static byte[] Workbook(StaffSummary summary)
    {
        var totals = Figures(new Dictionary<string, object?> { ["Год"] = summary.Year, ["Область"] = summary.Name }, summary.Figures);
        var competences = summary.ByCompetence.Select(c => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["Код"] = c.Code, ["Компетенция"] = c.Name, ["Педагогов измерено"] = c.TeachersMeasured,
            ["С дефицитом"] = c.TeachersWithDeficit, ["Доля с дефицитом, %"] = c.Share,
        }).ToList();
        if (competences.Count == 0) competences.Add(new Dictionary<string, object?> { ["Код"] = null, ["Компетенция"] = "Нет измерений по диагностике" });
        var skills = summary.BySkill.Select(s => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["Предмет"] = StaffLabels.Subject(s.Subject), ["Умение"] = s.Code,
            ["Педагогов измерено"] = s.TeachersMeasured, ["С дефицитом"] = s.TeachersWithDeficit,
        }).ToList();
        if (skills.Count == 0) skills.Add(new Dictionary<string, object?> { ["Предмет"] = "Нет измерений по результатам учеников", ["Умение"] = null });
        var units = summary.Units.Select(u => (IDictionary<string, object?>)Figures(
            new Dictionary<string, object?> { ["Код"] = u.Code, ["Наименование"] = u.Name }, u.Figures)).ToList();
        if (units.Count == 0) units.Add(new Dictionary<string, object?> { ["Код"] = null, ["Наименование"] = "Нет данных" });

        var sheets = new Dictionary<string, object>
        {
            [TotalsSheet] = new[] { totals },
            [CompetencesSheet] = competences,
            [SkillsSheet] = skills,
            [UnitsSheet(summary)] = units,
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Figures(Dictionary<string, object?> line, StaffFigures f)
    {
        line["Педагогов"] = f.Teachers;
        line["Измерено"] = f.TeachersMeasured;
        line["С дефицитом"] = f.TeachersWithDeficit;
        line["Маршрутов предложено"] = f.RoutesProposed;
        line["Маршрутов утверждено"] = f.RoutesApproved;
        line["Маршрутов пройдено"] = f.RoutesCompleted;
        line["Шагов выполнено"] = f.StepsDone;
        line["Шагов всего"] = f.StepsTotal;
        line["Дефицитов закрыто"] = f.DeficitsClosed;
        line["Дефицитов сохраняется"] = f.DeficitsPersisting;
        line["Дефицитов ещё не измерено"] = f.DeficitsNotMeasured;
        line["Молодых педагогов"] = f.YoungTeachers;
        line["Из них в наставничестве"] = f.YoungMentees;
        line["Охват наставничеством, %"] = f.MentoringCoverage;
        return line;
    }
}
